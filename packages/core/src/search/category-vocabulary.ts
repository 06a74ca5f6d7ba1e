/**
 * Everyday words of each toolkit category: what people say about the things such toolkits hold, often
 * words no tool description uses ("inbox", "ticket", "wiki", "payout"). They join the vocabulary of
 * every toolkit of the category (`buildToolkitIntent`), so a request that names no app still points to
 * the kind of app it means, for any number of toolkits: a new toolkit needs only its categories.
 *
 * Keys are category slugs as toolkits declare them; keep entries true of every toolkit of the category.
 */
export const CATEGORY_VOCABULARY: Readonly<Record<string, string>> = {
  email: 'email mail mailbox inbox unread sender recipient subject attachment newsletter cc bcc',
  calendar:
    'calendar event meeting appointment schedule reschedule invite attendee agenda availability busy free slot',
  scheduling: 'schedule reschedule appointment booking slot availability',
  'team-chat': 'chat channel thread dm direct message mention emoji reaction workspace post',
  sms: 'sms text message phone number',
  'video-conferencing': 'video call meeting webinar recording dial participant host',
  storage: 'file folder upload download share drive document attachment',
  documents: 'document doc page note wiki',
  spreadsheets: 'spreadsheet sheet row column cell range formula',
  'project-management': 'ticket issue task backlog sprint assignee project board status milestone',
  'task-management': 'task todo to-do checklist due reminder',
  'source-control': 'repository repo branch commit pull request merge code',
  'ci-cd': 'build pipeline job deploy workflow run',
  payments: 'payment charge refund payout balance customer invoice card checkout subscription price',
  accounting: 'invoice bill ledger account expense payment contact tax',
  banking: 'bank account transaction transfer balance payee',
  crm: 'contact lead deal customer company pipeline',
  'e-signature': 'signature sign envelope signer contract agreement',
  music: 'song track playlist album artist play playback',
  video: 'video upload channel playlist',
  news: 'story stories post headline front page upvote',
  'web-scraping': 'scrape crawl page website url markdown',
  search: 'search web results query',
  social: 'post follower feed profile',
  hosting: 'site deploy domain deployment',
};

/** The everyday words of a toolkit category, or an empty string for a category without any. */
export function categoryVocabulary(category: string): string {
  return CATEGORY_VOCABULARY[category.toLowerCase()] ?? '';
}
