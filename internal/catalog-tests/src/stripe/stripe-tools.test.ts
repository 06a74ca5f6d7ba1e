import { CredentialsRejectedError } from '@toolrouter/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stripe } from '../../../../packages/toolkits/src/stripe/stripe-toolkit.ts';
import { createTestSession } from '../support/create-test-session.ts';
import type { MockApi } from '../support/start-mock-api.ts';
import { CUSTOMER_ID, formOf, INVOICE_ID, startStripeMockApi } from './stripe-mock-api.ts';

const secretKey = 'sk_test_51Hx0aB3cD4eF5gH6';
let api: MockApi;
let session: Awaited<ReturnType<typeof createTestSession>>['session'];

beforeAll(async () => {
  api = await startStripeMockApi({ secretKey });
  ({ session } = await createTestSession({
    toolkit: stripe,
    baseUrl: api.url,
    credentials: { apiKey: secretKey },
  }));
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

function only(method: string, path: string) {
  expect(api.requests).toHaveLength(1);
  const request = api.requests[0]!;
  expect(request.method).toBe(method);
  expect(request.path).toBe(path);
  expect(request.headers.authorization).toBe(`Bearer ${secretKey}`);
  if (request.bodyText !== '') {
    expect(request.headers['content-type']).toContain('application/x-www-form-urlencoded');
  }
  return request;
}

describe('stripe tools against a Stripe-shaped API', () => {
  it('STRIPE_CREATE_CUSTOMER form-encodes nested fields in bracket notation and sends the idempotency key', async () => {
    const result = await session.execute('STRIPE_CREATE_CUSTOMER', {
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      address: { line1: '510 Townsend St', city: 'San Francisco', country: 'US' },
      metadata: { order_id: '6735', source: 'agent' },
      idempotency_key: '8e03978e-40d5-43e8-bc93-6894a57f9324',
    });
    expect(result).toMatchObject({ successful: true, data: { id: CUSTOMER_ID, object: 'customer' } });
    const request = only('POST', '/v1/customers');
    expect(request.headers['idempotency-key']).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(formOf(request)).toEqual({
      email: 'jenny.rosen@example.com',
      name: 'Jenny Rosen',
      'address[line1]': '510 Townsend St',
      'address[city]': 'San Francisco',
      'address[country]': 'US',
      'metadata[order_id]': '6735',
      'metadata[source]': 'agent',
    });
  });

  it('STRIPE_LIST_CUSTOMERS sends filters and created[gte] in the query', async () => {
    const result = await session.execute('STRIPE_LIST_CUSTOMERS', {
      email: 'jenny.rosen@example.com',
      limit: 3,
      created_gte: 1735689600,
      starting_after: 'cus_previous',
    });
    expect(result).toMatchObject({ successful: true, data: { object: 'list', data: [{ id: CUSTOMER_ID }] } });
    const request = only('GET', '/v1/customers');
    expect(Object.fromEntries(request.query)).toEqual({
      email: 'jenny.rosen@example.com',
      limit: '3',
      'created[gte]': '1735689600',
      starting_after: 'cus_previous',
    });
    expect(request.bodyText).toBe('');
  });

  it('STRIPE_SEARCH_CUSTOMERS sends the search query', async () => {
    const result = await session.execute('STRIPE_SEARCH_CUSTOMERS', {
      query: 'email~"example.com"',
      limit: 5,
    });
    expect(result).toMatchObject({ successful: true, data: { object: 'search_result' } });
    expect(Object.fromEntries(only('GET', '/v1/customers/search').query)).toEqual({
      query: 'email~"example.com"',
      limit: '5',
    });
  });

  it('STRIPE_RETRIEVE_CUSTOMER and STRIPE_UPDATE_CUSTOMER address the customer in the path', async () => {
    expect(await session.execute('STRIPE_RETRIEVE_CUSTOMER', { customer_id: CUSTOMER_ID })).toMatchObject({
      successful: true,
      data: { id: CUSTOMER_ID },
    });
    only('GET', `/v1/customers/${CUSTOMER_ID}`);

    api.requests.length = 0;
    const updated = await session.execute('STRIPE_UPDATE_CUSTOMER', {
      customer_id: CUSTOMER_ID,
      name: 'Jenny R.',
      metadata: { source: '' },
    });
    expect(updated).toMatchObject({ successful: true, data: { name: 'Jenny R.' } });
    expect(formOf(only('POST', `/v1/customers/${CUSTOMER_ID}`))).toEqual({
      name: 'Jenny R.',
      'metadata[source]': '',
    });
  });

  it("STRIPE_RETRIEVE_CUSTOMER reports Stripe's resource_missing error", async () => {
    const result = await session.execute('STRIPE_RETRIEVE_CUSTOMER', { customer_id: 'cus_missing' });
    expect(result.successful).toBe(false);
    expect(result.error).toContain('404');
    expect(result.error).toContain("No such customer: 'cus_missing'");
    expect(result.data).toMatchObject({ error: { code: 'resource_missing', type: 'invalid_request_error' } });
  });

  it('STRIPE_CREATE_PRODUCT nests default_price_data.recurring', async () => {
    const result = await session.execute('STRIPE_CREATE_PRODUCT', {
      name: 'Pro plan',
      default_price_data: { currency: 'usd', unit_amount: 2000, recurring: { interval: 'month' } },
    });
    expect(result).toMatchObject({ successful: true, data: { id: 'prod_NWjs8kKbJWmuuc' } });
    expect(formOf(only('POST', '/v1/products'))).toEqual({
      name: 'Pro plan',
      'default_price_data[currency]': 'usd',
      'default_price_data[unit_amount]': '2000',
      'default_price_data[recurring][interval]': 'month',
    });
  });

  it('STRIPE_CREATE_PRICE and STRIPE_LIST_PRICES', async () => {
    const price = await session.execute('STRIPE_CREATE_PRICE', {
      product: 'prod_NWjs8kKbJWmuuc',
      currency: 'eur',
      unit_amount: 1500,
      recurring: { interval: 'year' },
    });
    expect(price).toMatchObject({ successful: true, data: { unit_amount: 1500 } });
    expect(formOf(only('POST', '/v1/prices'))).toEqual({
      product: 'prod_NWjs8kKbJWmuuc',
      currency: 'eur',
      unit_amount: '1500',
      'recurring[interval]': 'year',
    });

    api.requests.length = 0;
    await session.execute('STRIPE_LIST_PRICES', { product: 'prod_NWjs8kKbJWmuuc', active: true });
    expect(Object.fromEntries(only('GET', '/v1/prices').query)).toEqual({
      product: 'prod_NWjs8kKbJWmuuc',
      active: 'true',
    });
  });

  it('STRIPE_CREATE_PAYMENT_LINK indexes line items', async () => {
    const result = await session.execute('STRIPE_CREATE_PAYMENT_LINK', {
      line_items: [
        { price: 'price_1MoC3TLkdIwHu7ixcIbKelAC', quantity: 1 },
        { price: 'price_2', quantity: 3 },
      ],
      after_completion: { type: 'redirect', redirect: { url: 'https://example.com/thanks' } },
    });
    expect(result).toMatchObject({
      successful: true,
      data: { url: 'https://buy.stripe.com/test_cN25nr0iZ7bUa7meUY' },
    });
    expect(formOf(only('POST', '/v1/payment_links'))).toEqual({
      'line_items[0][price]': 'price_1MoC3TLkdIwHu7ixcIbKelAC',
      'line_items[0][quantity]': '1',
      'line_items[1][price]': 'price_2',
      'line_items[1][quantity]': '3',
      'after_completion[type]': 'redirect',
      'after_completion[redirect][url]': 'https://example.com/thanks',
    });
  });

  it('creates, fills, finalizes and sends an invoice', async () => {
    const invoice = await session.execute('STRIPE_CREATE_INVOICE', {
      customer: CUSTOMER_ID,
      collection_method: 'send_invoice',
      days_until_due: 30,
      auto_advance: false,
    });
    expect(invoice).toMatchObject({ successful: true, data: { id: INVOICE_ID, status: 'draft' } });
    expect(formOf(only('POST', '/v1/invoices'))).toEqual({
      customer: CUSTOMER_ID,
      collection_method: 'send_invoice',
      days_until_due: '30',
      auto_advance: 'false',
    });

    api.requests.length = 0;
    const item = await session.execute('STRIPE_CREATE_INVOICE_ITEM', {
      customer: CUSTOMER_ID,
      invoice: INVOICE_ID,
      amount: 15000,
      currency: 'usd',
      description: 'Consulting (10 h)',
    });
    expect(item).toMatchObject({ successful: true, data: { amount: 15000, invoice: INVOICE_ID } });
    expect(formOf(only('POST', '/v1/invoiceitems'))).toEqual({
      customer: CUSTOMER_ID,
      invoice: INVOICE_ID,
      amount: '15000',
      currency: 'usd',
      description: 'Consulting (10 h)',
    });

    api.requests.length = 0;
    const finalized = await session.execute('STRIPE_FINALIZE_INVOICE', { invoice_id: INVOICE_ID });
    expect(finalized).toMatchObject({ successful: true, data: { status: 'open' } });
    expect(only('POST', `/v1/invoices/${INVOICE_ID}/finalize`).bodyText).toBe('');

    api.requests.length = 0;
    expect((await session.execute('STRIPE_SEND_INVOICE', { invoice_id: INVOICE_ID })).successful).toBe(true);
    only('POST', `/v1/invoices/${INVOICE_ID}/send`);

    api.requests.length = 0;
    await session.execute('STRIPE_LIST_INVOICES', { customer: CUSTOMER_ID, status: 'open' });
    expect(Object.fromEntries(only('GET', '/v1/invoices').query)).toEqual({
      customer: CUSTOMER_ID,
      status: 'open',
    });
  });

  it('lists charges and payment intents and retrieves one payment intent', async () => {
    const charges = await session.execute('STRIPE_LIST_CHARGES', {
      payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      created_lte: 1735689600,
    });
    expect(charges).toMatchObject({ successful: true, data: { data: [{ object: 'charge' }] } });
    expect(Object.fromEntries(only('GET', '/v1/charges').query)).toEqual({
      payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      'created[lte]': '1735689600',
    });

    api.requests.length = 0;
    await session.execute('STRIPE_LIST_PAYMENT_INTENTS', { customer: CUSTOMER_ID, limit: 2 });
    expect(Object.fromEntries(only('GET', '/v1/payment_intents').query)).toEqual({
      customer: CUSTOMER_ID,
      limit: '2',
    });

    api.requests.length = 0;
    const intent = await session.execute('STRIPE_RETRIEVE_PAYMENT_INTENT', {
      payment_intent_id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
    });
    expect(intent).toMatchObject({ successful: true, data: { status: 'succeeded' } });
    only('GET', '/v1/payment_intents/pi_3MtwBwLkdIwHu7ix28a3tqPa');
  });

  it('STRIPE_RETRIEVE_BALANCE reads /v1/balance', async () => {
    const result = await session.execute('STRIPE_RETRIEVE_BALANCE', {});
    expect(result).toMatchObject({
      successful: true,
      data: { object: 'balance', available: [{ amount: 666670 }] },
    });
    only('GET', '/v1/balance');
  });

  it("STRIPE_CREATE_REFUND refunds part of a payment, and reports Stripe's error when it cannot", async () => {
    const refund = await session.execute('STRIPE_CREATE_REFUND', {
      payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      amount: 500,
      reason: 'requested_by_customer',
      metadata: { ticket: 'T-42' },
    });
    expect(refund).toMatchObject({ successful: true, data: { object: 'refund', amount: 500 } });
    expect(formOf(only('POST', '/v1/refunds'))).toEqual({
      payment_intent: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
      amount: '500',
      reason: 'requested_by_customer',
      'metadata[ticket]': 'T-42',
    });

    api.requests.length = 0;
    const failed = await session.execute('STRIPE_CREATE_REFUND', { payment_intent: 'pi_already_refunded' });
    expect(failed.successful).toBe(false);
    expect(failed.error).toContain('400');
    expect(failed.error).toContain('has already been refunded');
  });

  it('refuses a wrong key at connect time with Stripe’s reason (GET /v1/balance), storing nothing', async () => {
    const attempt = createTestSession({
      toolkit: stripe,
      baseUrl: api.url,
      credentials: { apiKey: 'sk_test_revoked_9999' },
    });
    await expect(attempt).rejects.toSatisfy(CredentialsRejectedError.isInstance);
    await expect(attempt).rejects.toThrow(
      /GET \/v1\/balance answered 401 Unauthorized: Invalid API Key provided/,
    );
    await expect(attempt).rejects.not.toThrow(/sk_test_revoked_9999/);
  });

  it("reports Stripe's 401 for a key that stopped working, without leaking the key", async () => {
    const { session: wrongKey } = await createTestSession({
      toolkit: stripe,
      baseUrl: api.url,
      credentials: { apiKey: 'sk_test_revoked_9999' },
      verifyCredentials: false,
    });
    const result = await wrongKey.execute('STRIPE_RETRIEVE_BALANCE', {});
    expect(result.successful).toBe(false);
    expect(result.error).toContain('401');
    expect(result.error).toContain('Invalid API Key provided');
    expect(result.data).toMatchObject({ connection_required: true });
    expect(result.error).not.toContain('sk_test_revoked_9999');
  });
});
