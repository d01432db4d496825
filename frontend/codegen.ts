import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and persisted documents from the committed schema of the Django side.
// CODEGEN_OUT lets scripts/codegen-check.mjs generate into a scratch directory.
const out = process.env.CODEGEN_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../graphql_api/schema.graphql",
  documents: ["src/queries/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        // The documents are sent by their SHA-256 only (persisted queries over GET).
        persistedDocuments: { mode: "replaceDocumentWithHash", hashAlgorithm: "sha256" },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Date: "string", JSON: "unknown", ID: "string" },
      },
    },
  },
};

export default config;
