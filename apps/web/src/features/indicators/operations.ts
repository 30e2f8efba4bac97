import { graphql } from '../../gql';

// 指標: COORDINATOR and ADMIN read the figures (computed by the API from the records) and the
// records behind a figure they may see; ADMIN sets targets and settings and downloads what
// leaves the municipality.

export const INDICATOR_FIELDS = graphql(`
  fragment IndicatorFields on Indicator {
    key
    title
    unit
    value
    target
    breakdown {
      key
      label
      value
    }
    byMonth {
      month
      value
    }
    drillDown
  }
`);

export const INDICATOR_REPORT = graphql(`
  query IndicatorDashboard($period: IndicatorPeriodInput!, $agencyId: ID) {
    indicatorReport(period: $period, agencyId: $agencyId) {
      period {
        fiscalYear
        month
        from
        to
      }
      agencyId
      groups {
        key
        title
        indicators {
          ...IndicatorFields
        }
      }
    }
  }
`);

export const INDICATOR_AGENCIES = graphql(`
  query IndicatorAgencies {
    agencies {
      id
      name
    }
  }
`);

export const INDICATOR_RECORDS = graphql(`
  query IndicatorRecordList($key: IndicatorKey!, $period: IndicatorPeriodInput!, $agencyId: ID, $cell: String) {
    indicatorRecords(key: $key, period: $period, agencyId: $agencyId, cell: $cell) {
      kind
      id
      label
      on
    }
  }
`);

export const SET_INDICATOR_TARGET = graphql(`
  mutation SetIndicatorTargetForm($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      key
      fiscalYear
      month
      agencyId
      value
    }
  }
`);

export const INDICATOR_SETTINGS = graphql(`
  query IndicatorSettingsForm {
    indicatorSettings {
      suppressionThreshold
      nationalReportItems
    }
  }
`);

export const UPDATE_INDICATOR_SETTINGS = graphql(`
  mutation UpdateIndicatorSettingsForm($input: UpdateIndicatorSettingsInput!) {
    updateIndicatorSettings(input: $input) {
      suppressionThreshold
      nationalReportItems
    }
  }
`);

export const NATIONAL_REPORT_FILE = graphql(`
  query NationalReportFile($fiscalYear: Int!, $format: SpreadsheetFormat!) {
    nationalReportFile(fiscalYear: $fiscalYear, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const INDICATOR_REPORT_FILE = graphql(`
  query IndicatorReportFile($period: IndicatorPeriodInput!, $agencyId: ID, $format: SpreadsheetFormat!, $encoding: CsvEncoding, $forExternal: Boolean) {
    indicatorReportFile(period: $period, agencyId: $agencyId, format: $format, encoding: $encoding, forExternal: $forExternal) {
      filename
      contentType
      base64
    }
  }
`);
