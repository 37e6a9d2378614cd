// Validates RDF files against SHACL shapes and prints every violation.
//   node validate.mjs <shapes-dir> <data.ttl|data.jsonld>...
// Exit status: 0 conforms, 1 violations, 2 could not read or parse.
// Nothing here touches the network: JSON-LD must carry its context inline.
import fs from 'node:fs'
import path from 'node:path'
import rdf from '@zazuko/env'
import { Parser } from 'n3'
import { JsonLdParser } from 'jsonld-streaming-parser'
import SHACLValidator from 'rdf-validate-shacl'

function parseTurtle (file) {
  return new Parser({ baseIRI: 'file://' + path.resolve(file) }).parse(fs.readFileSync(file, 'utf8'))
}

function parseJSONLD (file) {
  return new Promise((resolve, reject) => {
    const quads = []
    const parser = new JsonLdParser({
      baseIRI: 'file://' + path.resolve(file),
      documentLoader: { load: async url => { throw new Error('remote context not allowed: ' + url) } }
    })
    parser.on('data', q => quads.push(q))
    parser.on('error', reject)
    parser.on('end', () => resolve(quads))
    parser.write(fs.readFileSync(file, 'utf8'))
    parser.end()
  })
}

async function load (file) {
  if (file.endsWith('.ttl')) return parseTurtle(file)
  if (file.endsWith('.jsonld') || file.endsWith('.json')) return parseJSONLD(file)
  throw new Error('unknown RDF format: ' + file)
}

function short (term) {
  return term ? term.value : ''
}

async function main () {
  const [shapesDir, ...files] = process.argv.slice(2)
  if (!shapesDir || files.length === 0) {
    console.error('usage: node validate.mjs <shapes-dir> <data.ttl|data.jsonld>...')
    process.exit(2)
  }
  const shapeFiles = fs.readdirSync(shapesDir).filter(f => f.endsWith('.ttl')).sort()
  if (shapeFiles.length === 0) throw new Error('no .ttl shapes in ' + shapesDir)
  const shapes = rdf.dataset()
  for (const f of shapeFiles) for (const q of parseTurtle(path.join(shapesDir, f))) shapes.add(q)
  let failed = false
  for (const file of files) {
    const data = rdf.dataset(await load(file))
    if (data.size === 0) {
      console.log(`${file}: no triples`)
      failed = true
      continue
    }
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data)
    const results = report.results
    console.log(`${file}: ${data.size} triples, shapes ${shapeFiles.join(' ')}: ${report.conforms ? 'conforms' : results.length + ' violations'}`)
    for (const r of results) {
      const msg = r.message.map(m => m.value).join('; ')
      console.log(`  ${short(r.focusNode)} ${short(r.path)}: ${msg} [${short(r.sourceConstraintComponent).replace(/^.*#/, '')}] (${short(r.sourceShape)})`)
    }
    if (!report.conforms) failed = true
  }
  process.exit(failed ? 1 : 0)
}

main().catch(err => {
  console.error(err.stack || String(err))
  process.exit(2)
})
