/**
 * Words Porter's stemmer over-stems: its suffix stripping joins them with a word family of another
 * meaning ("news" → `new`, "general" and "generate" → `gener`), so a request for one finds tools
 * about the other. Each family here keeps a stem of its own.
 *
 * The list holds the textbook cases of the stemming literature (the Snowball English stemmer's own
 * exception for "news"; "general"/"generate", "university"/"universe", "organ"/"organization",
 * "experiment"/"experience", "executive"/"execute" from the discussions of Porter's over-stemming
 * errors), and the clashes of the same kind found by grouping the catalog's vocabulary by Porter stem
 * and reading which groups join unrelated senses ("container"/"contain", "important"/"import",
 * "balancer"/"balance", "terminal"/"terminate", "author"/"authorize"). Families that only differ by
 * part of speech ("personal"/"person", "location"/"locator") stay joined, and so do two clashes that
 * were tried and cost tuning requests: "customer"/"custom" and "added"/"adding" → `ad`.
 */
const OVER_STEMMED_FAMILIES: Readonly<Record<string, string>> = {
  news: 'news',
  general: 'general generally',
  generic: 'generic generics',
  university: 'university universities',
  organization: `organization organizations organizational organize organized organizes organizing
    organise organised organises organising`,
  organizer: 'organizer organizers organiser organisers',
  experiment: 'experiment experiments',
  executive: 'executive executives',
  community: 'community communities',
  production: 'production productions',
  important: 'important importance',
  container: 'container containers',
  balancer: 'balancer balancers',
  terminal: 'terminal terminals',
  international: 'international internationally',
  several: 'several',
  publication: 'publication publications',
  presentation: 'presentation presentations',
  authorize: `authorize authorized authorizes authorizing authorization authorizations authorise
    authorised authorises authorising authorisation authorisations`,
  authority: 'authority authorities',
};

/** Per over-stemmed word, the stem of its own family. */
export const OVER_STEMMED_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries(OVER_STEMMED_FAMILIES).flatMap(([stem, words]) =>
    words.split(/\s+/).map((word) => [word, stem] as const),
  ),
);
