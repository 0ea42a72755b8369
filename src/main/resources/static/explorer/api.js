// Posts a query to the public GraphQL endpoint; GraphQL errors become thrown Errors with their messages.
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (body && body.errors && body.errors.length) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  if (!response.ok || !body) {
    throw new Error(`GraphQL request failed (HTTP ${response.status})`);
  }
  return body.data;
}
