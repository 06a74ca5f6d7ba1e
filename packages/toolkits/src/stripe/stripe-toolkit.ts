import { defineToolkit } from '../toolkit/define-toolkit.ts';
import { withPhrasings } from '../toolkit/with-phrasings.ts';
import {
  stripeCreateInvoice,
  stripeCreateInvoiceItem,
  stripeCreatePaymentLink,
  stripeCreatePrice,
  stripeCreateProduct,
  stripeFinalizeInvoice,
  stripeListInvoices,
  stripeListPrices,
  stripeSendInvoice,
} from './stripe-billing-tools.ts';
import {
  stripeCreateCustomer,
  stripeListCustomers,
  stripeRetrieveCustomer,
  stripeSearchCustomers,
  stripeUpdateCustomer,
} from './stripe-customer-tools.ts';
import {
  stripeCreateRefund,
  stripeListCharges,
  stripeListPaymentIntents,
  stripeRetrieveBalance,
  stripeRetrievePaymentIntent,
} from './stripe-payment-tools.ts';
import { stripePhrasings } from './stripe-phrasings.ts';

/**
 * Stripe: customers, products and prices, payment links, invoices, payments, refunds and the balance.
 * Write calls send form-encoded bodies with Stripe's bracket notation (`metadata[order_id]=6735`).
 *
 * @example
 * await session.execute('STRIPE_CREATE_CUSTOMER', { email: 'jenny.rosen@example.com', metadata: { plan: 'pro' } });
 */
export const stripe = defineToolkit({
  slug: 'stripe',
  name: 'Stripe',
  description: 'Manage Stripe customers, prices, payment links, invoices, payments and refunds.',
  logo: 'https://cdn.simpleicons.org/stripe',
  categories: ['payments', 'finance'],
  baseUrl: 'https://api.stripe.com',
  auth: [{ mode: 'api_key', in: 'header', name: 'Authorization', prefix: 'Bearer ' }],
  connectHelp:
    'Paste a secret key ("sk_live_..." or "sk_test_...") or, better, a restricted key ("rk_...") limited to what the agent needs, from https://dashboard.stripe.com/apikeys. Use a test-mode key to try things safely.',
  credentialCheck: { method: 'GET', path: '/v1/balance' },
  tools: withPhrasings(
    [
      stripeListCustomers,
      stripeSearchCustomers,
      stripeCreateCustomer,
      stripeRetrieveCustomer,
      stripeUpdateCustomer,
      stripeCreateProduct,
      stripeCreatePrice,
      stripeListPrices,
      stripeCreatePaymentLink,
      stripeCreateInvoice,
      stripeCreateInvoiceItem,
      stripeFinalizeInvoice,
      stripeSendInvoice,
      stripeListInvoices,
      stripeListCharges,
      stripeListPaymentIntents,
      stripeRetrievePaymentIntent,
      stripeRetrieveBalance,
      stripeCreateRefund,
    ],
    stripePhrasings,
  ),
});
