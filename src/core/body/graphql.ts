import type { GraphqlBody } from '../model';
import { PrepareError } from '../prepare/PrepareError';

/**
 * The GraphQL-over-HTTP POST payload: `{"query", "variables", "operationName"?}`.
 * Variables are JSON text (already variable-resolved); empty means `{}`. They must be an object.
 */
export function graphqlPayload(body: GraphqlBody): string {
  let variables: unknown = {};
  if (body.variables.trim() !== '') {
    try {
      variables = JSON.parse(body.variables);
    } catch (e) {
      throw new PrepareError('body.graphql.variables', `GraphQL variables are not valid JSON: ${(e as Error).message}`);
    }
    if (variables === null || typeof variables !== 'object' || Array.isArray(variables)) {
      throw new PrepareError('body.graphql.variables', 'GraphQL variables must be a JSON object, like {"id": 1}.');
    }
  }
  const payload: { query: string; variables: unknown; operationName?: string } = { query: body.query, variables };
  if (body.operationName && body.operationName.trim() !== '') payload.operationName = body.operationName;
  return JSON.stringify(payload);
}
