// Fails when src/gql/ is not what GraphQL Code Generator makes from the committed schema
// (../graphql_api/schema.graphql) and src/queries/*.graphql: run `npm run codegen` and commit.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const scratch = mkdtempSync(join(tmpdir(), "portal-codegen-"));
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], {
    env: { ...process.env, CODEGEN_OUT: `${scratch}/` },
    stdio: "inherit",
  });
  const committed = "src/gql";
  const names = new Set([...readdirSync(committed), ...readdirSync(scratch)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(join(committed, name)).equals(readFileSync(join(scratch, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`src/gql/ is stale (${stale.join(", ")}): run \`npm run codegen\` and commit.`);
    process.exit(1);
  }
  console.log(`src/gql/ is up to date (${names.size} files).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
