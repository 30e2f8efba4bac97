import { graphql } from '../../gql';

// The directory exchanged as CSV: the file's bytes travel as base64 (base64.ts).

export const IMPORT_RESOURCES = graphql(`
  mutation ImportResourcesCsv($csv: String!, $encoding: CsvEncoding, $dryRun: Boolean!) {
    importResources(csv: $csv, encoding: $encoding, dryRun: $dryRun) {
      dryRun
      created
      updated
      encoding
      errors {
        line
        field
        message
      }
    }
  }
`);

export const RESOURCES_CSV = graphql(`
  query ResourcesCsvExport($encoding: CsvEncoding) {
    resourcesCsv(encoding: $encoding)
  }
`);
