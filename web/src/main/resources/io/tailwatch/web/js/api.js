// The API client: JSON in and out, the CSRF header on every request that changes something, and one place that
// notices when the session has ended.

let onSignedOut = () => {};

export function whenSignedOut(fn) {
  onSignedOut = fn;
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, {method = 'GET', body} = {}) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') headers['X-Tailwatch-Request'] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin'});
  if (res.status === 204) return null;
  let data = null;
  try {
    data = await res.json();
  } catch (e) {
    data = null;
  }
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith('/api/session')) onSignedOut();
    throw new ApiError(res.status, (data && data.error) || res.statusText);
  }
  return data;
}

export const signIn = (token) => api('/api/session', {method: 'POST', body: {token}});
export const signOut = () => api('/api/session', {method: 'DELETE'});
export const me = () => api('/api/me');
