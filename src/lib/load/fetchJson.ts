/** Fetches a JSON asset and checks its shape, turning every way it can fail into one readable error. */
export class LoadError extends Error {
  constructor(
    readonly asset: string,
    message: string,
  ) {
    super(`${asset}: ${message}`);
  }
}

export async function fetchJson<T>(
  url: string,
  asset: string,
  isValid: (value: unknown) => value is T,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new LoadError(asset, 'the network request failed');
  }
  if (!response.ok) throw new LoadError(asset, `the server answered ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new LoadError(asset, 'the file is not valid JSON');
  }
  if (!isValid(body)) throw new LoadError(asset, 'the file does not have the expected content');
  return body;
}
