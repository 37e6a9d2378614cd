// Validates a release's datapackage.json with the Frictionless `datapackage`
// library: the descriptor against the Tabular Data Package profile, then every
// resource's CSV read and cast by its schema (types, required fields, primary key).
// Usage: node validate.js <release dir>. Prints what is wrong and exits 1.
'use strict'
const path = require('path')
const { Package } = require('datapackage')

async function main(dir) {
  const problems = []
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), dir)
  if (!pkg.valid) {
    for (const e of pkg.errors) problems.push(`datapackage.json: ${e.message}`)
  }
  if (pkg.descriptor.profile !== 'tabular-data-package') problems.push(`profile is ${pkg.descriptor.profile}`)
  for (const resource of pkg.resources) {
    if (!resource.valid) {
      for (const e of resource.errors) problems.push(`${resource.name}: ${e.message}`)
      continue
    }
    if (!resource.tabular) {
      problems.push(`${resource.name}: not tabular`)
      continue
    }
    try {
      const rows = await resource.read({ cast: true })
      console.log(`${resource.name}: ${rows.length} rows valid`)
    } catch (e) {
      const inner = (e.errors || []).slice(0, 5).map((x) => x.message)
      problems.push(`${resource.name}: ${e.message} ${inner.join('; ')}`)
    }
  }
  for (const p of problems) console.error(p)
  process.exit(problems.length ? 1 : 0)
}

main(process.argv[2]).catch((e) => {
  console.error(e.stack || String(e))
  process.exit(2)
})
