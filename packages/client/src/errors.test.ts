import { describe, expect, it } from 'vitest';
import {
  apiError,
  databaseUnavailable,
  networkError,
  proxyUnavailable,
} from '../test/api-errors.ts';
import {
  describeServerError,
  errorCode,
  errorDetails,
  errorMessage,
  serverFieldErrors,
  SERVICE_PROBLEM,
} from './errors.ts';

describe('errorCode', () => {
  it.each([
    'UNAUTHORIZED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
    'BAD_REQUEST',
    'TOO_MANY_REQUESTS',
  ] as const)('reads %s from the API answer', (code) => {
    expect(errorCode(apiError('No', { code }))).toBe(code);
  });

  it('calls a server error, an unknown code or a network failure OTHER', () => {
    expect(errorCode(apiError('Boom', { code: 'INTERNAL_SERVER_ERROR' }))).toBe('OTHER');
    expect(errorCode(networkError())).toBe('OTHER');
    expect(errorCode(undefined)).toBe('OTHER');
  });
});

describe('errorMessage', () => {
  it("gives the API's own words, and the service-problem sentence when the API never answered", () => {
    expect(errorMessage(apiError('This period is locked.', { code: 'CONFLICT' }))).toBe(
      'This period is locked.',
    );
    expect(errorMessage(networkError())).toBe(SERVICE_PROBLEM);
  });
});

describe('serverFieldErrors', () => {
  it('keeps the first message per field, the input schema before the API’s own checks', () => {
    const error = apiError('Invalid', {
      code: 'BAD_REQUEST',
      zodError: { fieldErrors: { title: ['Enter a title', 'Too long'] } },
      fieldErrors: { title: ['Already used'], dueDate: ['Enter a due date'] },
    });
    expect(serverFieldErrors(error)).toEqual({
      title: 'Enter a title',
      dueDate: 'Enter a due date',
    });
  });

  it('is empty for a refusal without fields and for a network failure', () => {
    expect(serverFieldErrors(apiError('No', { code: 'FORBIDDEN' }))).toEqual({});
    expect(serverFieldErrors(networkError())).toEqual({});
  });
});

describe('describeServerError', () => {
  it('asks the person to check the fields when the API named any', () => {
    const error = apiError('Invalid', {
      code: 'BAD_REQUEST',
      fieldErrors: { email: ['Someone already uses this email address'] },
    });
    expect(describeServerError(error)).toEqual({
      message: 'Check the answers marked below.',
      fields: { email: 'Someone already uses this email address' },
    });
  });

  it('gives the whole-form message when no field is named, else the API message', () => {
    const formLevel = apiError('Invalid', {
      code: 'BAD_REQUEST',
      zodError: { fieldErrors: {}, formErrors: ['The window must close after it opens'] },
    });
    expect(describeServerError(formLevel).message).toBe('The window must close after it opens');
    expect(describeServerError(apiError('Locked', { code: 'CONFLICT' })).message).toBe('Locked');
  });

  it('says there is a problem with the service when the request never reached the API', () => {
    expect(describeServerError(networkError())).toEqual({ message: SERVICE_PROBLEM, fields: {} });
  });
});

describe('errorDetails', () => {
  it('gives what the API sent with a refusal, or null', () => {
    const error = apiError('Changed', { code: 'CONFLICT', details: { version: 3 } });
    expect(errorDetails(error)).toEqual({ version: 3 });
    expect(errorDetails(apiError('No', { code: 'FORBIDDEN' }))).toBeNull();
    expect(errorDetails(networkError())).toBeNull();
  });
});

describe('a service that is unavailable', () => {
  it.each([
    ['the API’s 503 while its database is away', databaseUnavailable()],
    ['a proxy’s 503 page while the server is away', proxyUnavailable()],
  ])('%s says "The service is unavailable, try again in a minute."', (_, error) => {
    expect(errorCode(error)).toBe('SERVICE_UNAVAILABLE');
    expect(errorMessage(error)).toBe('The service is unavailable, try again in a minute.');
    expect(describeServerError(error)).toEqual({
      message: 'The service is unavailable, try again in a minute.',
      fields: {},
    });
  });

  it('leaves a network failure the service-problem sentence', () => {
    expect(errorMessage(networkError())).toBe(SERVICE_PROBLEM);
  });
});
