import {
  type MockApi,
  type MockResponse,
  type RecordedRequest,
  startMockApi,
} from '../support/start-mock-api.ts';

export const CUSTOMER_ID = 'cus_NffrFeUfNV2Hib';
export const INVOICE_ID = 'in_1MtHbELkdIwHu7ixl4OzzPMv';

/** Stripe's error body: `{ error: { type, code?, message, param? } }`. */
function stripeError(status: number, error: Record<string, string>): MockResponse {
  return { status, body: { error: { type: 'invalid_request_error', ...error } } };
}

const customer = (fields: Record<string, unknown> = {}) => ({
  id: CUSTOMER_ID,
  object: 'customer',
  email: 'jenny.rosen@example.com',
  name: 'Jenny Rosen',
  metadata: {},
  ...fields,
});

const list = (url: string, data: unknown[]) => ({ object: 'list', url, has_more: false, data });

/**
 * A local stand-in for api.stripe.com: checks `Authorization: Bearer sk_...`, reads form-encoded
 * bodies, and answers customers, prices, payment links, invoices, charges, payment intents, the
 * balance and refunds in Stripe's shapes (lists as `{ object: 'list', data, has_more }`, errors as
 * `{ error: { type, code, message } }`).
 *
 * @example
 * const api = await startStripeMockApi({ secretKey: 'sk_test_123' });
 */
export function startStripeMockApi({ secretKey }: { secretKey: string }): Promise<MockApi> {
  return startMockApi((request) => respond(request, secretKey));
}

/** The form body as a flat record of bracket-notation keys, as Stripe's servers receive it. */
export function formOf(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request.bodyText));
}

function respond(request: RecordedRequest, secretKey: string): MockResponse {
  if (request.headers.authorization !== `Bearer ${secretKey}`) {
    return stripeError(401, { message: 'Invalid API Key provided: sk_test_********0000' });
  }
  const formBody = String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded');
  if (request.bodyText !== '' && !formBody) {
    return stripeError(400, {
      message: 'Invalid request: Stripe expects application/x-www-form-urlencoded bodies.',
    });
  }
  const form = formOf(request);
  const route = `${request.method} ${request.path}`;
  switch (route) {
    case 'GET /v1/customers':
      return { body: list('/v1/customers', [customer()]) };
    case 'GET /v1/customers/search':
      return {
        body: {
          object: 'search_result',
          url: '/v1/customers/search',
          has_more: false,
          next_page: null,
          data: [customer()],
        },
      };
    case 'POST /v1/customers':
      return { body: customer({ email: form.email, name: form.name }) };
    case `GET /v1/customers/${CUSTOMER_ID}`:
      return { body: customer() };
    case `POST /v1/customers/${CUSTOMER_ID}`:
      return { body: customer({ name: form.name }) };
    case 'POST /v1/products':
      return {
        body: { id: 'prod_NWjs8kKbJWmuuc', object: 'product', name: form.name, default_price: 'price_1' },
      };
    case 'POST /v1/prices':
      return {
        body: {
          id: 'price_1MoBy5LkdIwHu7ixZhnattbh',
          object: 'price',
          unit_amount: Number(form.unit_amount),
        },
      };
    case 'GET /v1/prices':
      return { body: list('/v1/prices', [{ id: 'price_1MoBy5LkdIwHu7ixZhnattbh', object: 'price' }]) };
    case 'POST /v1/payment_links':
      return {
        body: {
          id: 'plink_1MoC3ULkdIwHu7ixZjtGpVl2',
          object: 'payment_link',
          url: 'https://buy.stripe.com/test_cN25nr0iZ7bUa7meUY',
        },
      };
    case 'POST /v1/invoices':
      return { body: { id: INVOICE_ID, object: 'invoice', status: 'draft', customer: form.customer } };
    case 'POST /v1/invoiceitems':
      return {
        body: {
          id: 'ii_1MtGUtLkdIwHu7ixBYwjAM00',
          object: 'invoiceitem',
          amount: Number(form.amount),
          invoice: form.invoice,
        },
      };
    case `POST /v1/invoices/${INVOICE_ID}/finalize`:
      return {
        body: {
          id: INVOICE_ID,
          object: 'invoice',
          status: 'open',
          hosted_invoice_url: 'https://invoice.stripe.com/i/acct_1/test',
        },
      };
    case `POST /v1/invoices/${INVOICE_ID}/send`:
      return { body: { id: INVOICE_ID, object: 'invoice', status: 'open' } };
    case 'GET /v1/invoices':
      return { body: list('/v1/invoices', [{ id: INVOICE_ID, object: 'invoice', status: 'open' }]) };
    case 'GET /v1/charges':
      return {
        body: list('/v1/charges', [{ id: 'ch_3MmlLrLkdIwHu7ix0snN0B15', object: 'charge', amount: 1099 }]),
      };
    case 'GET /v1/payment_intents':
      return {
        body: list('/v1/payment_intents', [{ id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa', object: 'payment_intent' }]),
      };
    case 'GET /v1/payment_intents/pi_3MtwBwLkdIwHu7ix28a3tqPa':
      return {
        body: {
          id: 'pi_3MtwBwLkdIwHu7ix28a3tqPa',
          object: 'payment_intent',
          status: 'succeeded',
          amount: 2000,
        },
      };
    case 'GET /v1/balance':
      return {
        body: {
          object: 'balance',
          available: [{ amount: 666670, currency: 'usd', source_types: { card: 666670 } }],
          pending: [{ amount: 61414, currency: 'usd', source_types: { card: 61414 } }],
          livemode: false,
        },
      };
    case 'POST /v1/refunds':
      if (form.payment_intent === 'pi_already_refunded') {
        return stripeError(400, {
          code: 'charge_already_refunded',
          message: 'Charge ch_1 has already been refunded.',
        });
      }
      return {
        body: {
          id: 're_1Nispe2eZvKYlo2Cd31jOCgZ',
          object: 'refund',
          amount: Number(form.amount),
          status: 'succeeded',
        },
      };
    default: {
      const missing = /^\/v1\/customers\/([^/]+)$/.exec(request.path)?.[1];
      if (missing)
        return stripeError(404, {
          code: 'resource_missing',
          param: 'id',
          message: `No such customer: '${missing}'`,
        });
      return stripeError(404, { message: `Unrecognized request URL (${request.method}: ${request.path}).` });
    }
  }
}
