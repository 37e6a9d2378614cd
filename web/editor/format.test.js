// Checks the console's cell formatting (formatCell in web/assets/console.js): numbers
// right-aligned, quantities grouped, years, codes and ids not grouped, decimals with
// their scale. Run by web's Go test through node; exits non-zero on a failure.
'use strict';
const assert = require('assert');
const path = require('path');
const { formatCell } = require(path.join(__dirname, '..', 'assets', 'console.js'));

const nb = '\u00a0';
const cases = [
  ['year not grouped', 2023, { name: 'year', type: 'BIGINT' }, '2023', true],
  ['year of a date not grouped', 2024, { name: 'year(as_of)', type: 'BIGINT' }, '2024', true],
  ['code not grouped', 10101, { name: 'benefit_code', type: 'INTEGER' }, '10101', true],
  ['id not grouped', 123456, { name: 'line_id', type: 'BIGINT' }, '123456', true],
  ['quantity grouped', 12345, { name: 'families', type: 'BIGINT' }, '12' + nb + '345', true],
  ['sum of integers grouped', 1234567, { name: 'persons', type: 'HUGEINT' }, '1' + nb + '234' + nb + '567', true],
  ['decimal keeps its scale', 1500.5, { name: 'amount_uah', type: 'DECIMAL(18,2)' }, '1' + nb + '500,50', true],
  ['decimal not cut to 3 places', 0.12345, { name: 'share', type: 'DECIMAL(10,5)' }, '0,12345', true],
  ['double keeps every digit', 2.718281828, { name: 'ratio', type: 'DOUBLE' }, '2,718281828', true],
  ['negative', -1234.25, { name: 'delta', type: 'DECIMAL(10,2)' }, '−1' + nb + '234,25', true],
  ['text left as is', 'DN', { name: 'office_code', type: 'VARCHAR' }, 'DN', false],
  ['date left as is', '2023-05-01', { name: 'month', type: 'DATE' }, '2023-05-01', false],
  ['null empty', null, { name: 'office_code', type: 'VARCHAR' }, '', false],
  // JSON cannot carry 1/0 or 0/0: /api/sql sends them as text, still a number.
  ['infinity right-aligned', '+Inf', { name: 'ratio', type: 'DOUBLE' }, '+Inf', true],
  ['minus infinity right-aligned', '-Inf', { name: 'ratio', type: 'DOUBLE' }, '-Inf', true],
  ['NaN right-aligned', 'NaN', { name: 'ratio', type: 'DOUBLE' }, 'NaN', true],
];
let failed = 0;
for (const [name, v, col, text, right] of cases) {
  const got = formatCell(v, col);
  try {
    assert.deepStrictEqual(got, { text, right });
  } catch (e) {
    failed++;
    console.error(`FAIL ${name}: got ${JSON.stringify(got)}, want ${JSON.stringify({ text, right })}`);
  }
}
if (failed) process.exit(1);
console.log(`ok ${cases.length} cases`);
