/** Fetches a JSON asset and checks its shape, turning every way it can fail into one readable error. */
export class LoadError extends Error {
  constructor(
    readonly asset: string,
    message: string,
  ) {
    super(`${asset}: ${message}`);
  }
}

/** A request that has not finished by then is given up, so the reader gets a retry instead of an endless spinner. */
export const LOAD_TIMEOUT_MS = 60_000;

export async function fetchJson<T>(
  url: string,
  asset: string,
  isValid: (value: unknown) => value is T,
  { timeoutMs = LOAD_TIMEOUT_MS } = {},
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = (message: string) =>
    new LoadError(asset, timedOut ? 'the server did not answer in time' : message);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch {
      throw failed('the network request failed');
    }
    if (!response.ok) throw new LoadError(asset, `the server answered ${response.status}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw failed('the file is not valid JSON');
    }
    if (!isValid(body)) throw new LoadError(asset, 'the file does not have the expected content');
    return body;
  } finally {
    clearTimeout(timer);
  }
}
