/**
 * Input that cannot become a request (invalid GraphQL variables, a file that cannot be read …).
 * `field` is the path in the request model, e.g. `body.graphql.variables`, `body.multipart[2].file`.
 */
export class PrepareError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'PrepareError';
    this.field = field;
  }
}
