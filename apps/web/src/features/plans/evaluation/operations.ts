import { graphql } from '../../../gql';

export const EVALUATE_PLAN = graphql(`
  mutation EvaluatePlan($id: ID!, $input: PlanEvaluationInput!) {
    evaluatePlan(id: $id, input: $input) {
      ...PlanFields
    }
  }
`);
