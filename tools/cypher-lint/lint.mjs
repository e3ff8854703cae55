// Parse each Cypher file given on the command line with Neo4j's parser; print errors, exit 1 on any.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const errors = lintCypherQuery(text, {}).diagnostics.filter((d) => d.severity === 1 && isNotParamError(d));
  // parameters are given at run time, so "not defined" is not an error here
  for (const e of errors) {
    console.log(`${file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message}`);
  }
  failed += errors.length ? 1 : 0;
}
process.exit(failed ? 1 : 0);
