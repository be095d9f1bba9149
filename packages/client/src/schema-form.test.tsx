import { ZCommentInput, type TCommentInput } from '@belonging/domain';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, databaseUnavailable, proxyUnavailable } from '../test/api-errors.ts';
import { isErrorSummaryShown } from './error-summaries.ts';
import { fieldErrorsOf, schemaResolver, useSchemaForm } from './schema-form.ts';

type TValues = { body: string; note: string };

const resolver = schemaResolver(
  ZCommentInput,
  (v: TValues) => ({ actionId: 'act_1', body: v.body.trim() }),
  (v): Record<string, string> => (v.note === 'bad' ? { note: 'Notes cannot say bad' } : {}),
);

function renderForm() {
  return renderHook(() => useSchemaForm({ defaultValues: { body: '', note: '' }, resolver }));
}

async function submitWith(
  form: ReturnType<typeof renderForm>,
  send: (input: TCommentInput) => void,
) {
  const event = { preventDefault: vi.fn(), persist: vi.fn() };
  await act(async () => {
    form.result.current.submit(send)(event as never);
    await Promise.resolve();
  });
}

describe('useSchemaForm', () => {
  it('sends the input the shared schema accepts, shaped from what was typed', async () => {
    const form = renderForm();
    act(() => form.result.current.set({ body: '  On track  ' }));
    const send = vi.fn();
    await submitWith(form, send);
    expect(send).toHaveBeenCalledWith({ actionId: 'act_1', body: 'On track' });
    expect(form.result.current.errors).toEqual({});
  });

  it('shows the schema’s and the extra check’s messages per field, and sends nothing', async () => {
    const form = renderForm();
    act(() => form.result.current.set({ note: 'bad' }));
    const send = vi.fn();
    await submitWith(form, send);
    expect(send).not.toHaveBeenCalled();
    expect(Object.keys(form.result.current.errors).sort()).toEqual(['body', 'note']);
    expect(form.result.current.errors.note).toBe('Notes cannot say bad');
    expect(isErrorSummaryShown()).toBe(true);
  });

  it('keeps the messages while people type, and checks again only on submit', async () => {
    const form = renderForm();
    await submitWith(form, vi.fn());
    act(() => form.result.current.set({ body: 'Fixed' }));
    expect(Object.keys(form.result.current.errors)).toEqual(['body']);
    await submitWith(form, vi.fn());
    expect(form.result.current.errors).toEqual({});
    expect(isErrorSummaryShown()).toBe(false);
  });

  it('puts the API’s field messages on the same fields, with its summary line, until the next submit', async () => {
    const form = renderForm();
    act(() =>
      form.result.current.showServerErrors(
        apiError('Invalid', {
          code: 'BAD_REQUEST',
          fieldErrors: { body: ['Too late to comment'] },
        }),
      ),
    );
    expect(form.result.current.errors).toEqual({ body: 'Too late to comment' });
    expect(form.result.current.message).toBe('Check the answers marked below.');
    act(() => form.result.current.set({ body: 'Again' }));
    await submitWith(form, vi.fn());
    expect(form.result.current.errors).toEqual({});
    expect(form.result.current.message).toBeNull();
  });
});

describe('useSchemaForm set and reset', () => {
  it('takes an updater like a state setter, and reset goes back to the start with no messages', async () => {
    const form = renderForm();
    act(() => form.result.current.set((current) => ({ body: `${current.body}Hello` })));
    act(() => form.result.current.set((current) => ({ body: `${current.body}, world` })));
    expect(form.result.current.values.body).toBe('Hello, world');
    act(() => form.result.current.set({ note: 'bad' }));
    await submitWith(form, vi.fn());
    act(() => form.result.current.reset());
    expect(form.result.current.values).toEqual({ body: '', note: '' });
    expect(form.result.current.errors).toEqual({});
  });
});

describe('fieldErrorsOf', () => {
  it('names nested and listed fields by their path, leaving out the summary line', () => {
    expect(
      fieldErrorsOf({
        baseline: { value: { type: 'too_small', message: 'Enter a baseline' } },
        trajectory: [undefined, { date: { type: 'invalid', message: 'Enter a date' } }],
        root: { server: { type: 'server', message: 'Check the answers marked below.' } },
      } as never),
    ).toEqual({ 'baseline.value': 'Enter a baseline', 'trajectory.1.date': 'Enter a date' });
  });
});

describe('useSchemaForm when the service is unavailable', () => {
  it.each([
    ['the API answers 503', databaseUnavailable()],
    ['a proxy answers 503', proxyUnavailable()],
  ])('when %s, keeps what was typed and says to try again in a minute', async (_, outage) => {
    const form = renderForm();
    act(() => form.result.current.set({ body: 'Recruitment panels now include a network rep.' }));
    // As a mutation's onError calls it, after the request failed.
    await submitWith(form, () => form.result.current.showServerErrors(outage));
    expect(form.result.current.message).toBe('The service is unavailable, try again in a minute.');
    expect(form.result.current.values).toEqual({
      body: 'Recruitment panels now include a network rep.',
      note: '',
    });
  });
});
