import type { ScriptEventName } from '../../../../core/model/scripts';

/** The snippets Postman users know, by the names Postman gives them. */
export const SNIPPETS: { name: string; event: ScriptEventName | 'both'; code: string }[] = [
  { name: 'Status code is 200', event: 'test', code: "pm.test('Status code is 200', () => pm.response.to.have.status(200));" },
  { name: 'Response has JSON value', event: 'test', code: "pm.test('Response has JSON value', () => pm.expect(pm.response.json().id).to.eql(1));" },
  { name: 'Response time is below 200 ms', event: 'test', code: "pm.test('Response time is below 200 ms', () => pm.expect(pm.response.responseTime).to.be.below(200));" },
  { name: 'Content-Type header is present', event: 'test', code: "pm.test('Content-Type header is present', () => pm.response.to.have.header('Content-Type'));" },
  { name: 'Set an environment variable', event: 'both', code: "pm.environment.set('name', 'value');" },
  { name: 'Keep a token from the response', event: 'test', code: "pm.environment.set('token', pm.response.json().token);" },
  { name: 'Get a variable', event: 'both', code: "const value = pm.variables.get('name');" },
  { name: 'Add a header', event: 'prerequest', code: "pm.request.headers.add({ key: 'X-Request-Id', value: String(Date.now()) });" },
  { name: 'Send a request', event: 'both', code: "pm.sendRequest('/sandbox/anything', (err, res) => console.log(res.code));" },
];
