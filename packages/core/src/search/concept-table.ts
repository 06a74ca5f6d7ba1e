/**
 * How people phrase tasks versus how APIs name operations. When a query contains one of the `when`
 * phrases, the words of `add` join the query with a reduced weight (the query's own words always
 * count fully). Phrases are matched after stemming, so `labelled` matches `label`, and before stop
 * words are dropped, so `set up` and `kick off` work.
 *
 * This is general vocabulary of developer and office work (source hosting, CI, chat, mail, docs,
 * issue trackers), not tuning for particular queries: keep entries true for any API catalog.
 */
export interface Concept {
  when: readonly string[];
  add: readonly string[];
  /** Weight of the added words relative to the query's own words. Default `DEFAULT_CONCEPT_WEIGHT`. */
  weight?: number;
  /**
   * Weight of the `when` words themselves, for words that only carry intent (`show`, `give`): their
   * literal matches in tool descriptions are noise. Default 1 for one word, `PHRASE_LITERAL_WEIGHT`
   * for a phrase of several.
   */
  literalWeight?: number;
}

/** Weight of words added by a one-word phrase. */
export const DEFAULT_CONCEPT_WEIGHT = 0.5;

/** Weight of words added by a phrase of several words: longer phrases are less ambiguous. */
export const PHRASE_CONCEPT_WEIGHT = 0.7;

/**
 * Weight of the words of a matched phrase of several words themselves ("signed in", "get rid of",
 * "look up"): an idiom means what its concept adds, and its words' literal matches ("signing key")
 * are mostly noise. A concept's own `literalWeight` overrides it.
 */
export const PHRASE_LITERAL_WEIGHT = 0.5;

export const CONCEPTS: readonly Concept[] = [
  // Actions.
  {
    when: [
      'show',
      'view',
      'see',
      'display',
      'read',
      'look at',
      'fetch',
      'retrieve',
      'details',
      'detail',
      'inspect',
    ],
    add: ['get'],
  },
  { when: ['information', 'describe', 'lookup', 'look up'], add: ['get'] },
  { when: ['list', 'all', 'every', 'which', 'enumerate', 'browse', 'what are', 'show me'], add: ['list'] },
  {
    when: ['make', 'new', 'add', 'start', 'open a', 'open an', 'set up', 'setup', 'generate', 'initiate'],
    add: ['create'],
  },
  { when: ['spin up', 'register', 'raise', 'report', 'compose', 'draft a', 'write a'], add: ['create'] },
  { when: ['file a', 'file an', 'log a', 'log an'], add: ['create'], literalWeight: 0.3 },
  {
    when: ['edit', 'change', 'modify', 'alter', 'rename', 'tweak', 'adjust', 'amend', 'correct', 'fix'],
    add: ['update'],
  },
  { when: ['set', 'replace', 'overwrite'], add: ['update', 'set'] },
  {
    when: [
      'delete',
      'remove',
      'nuke',
      'drop',
      'erase',
      'destroy',
      'trash',
      'purge',
      'wipe',
      'discard',
      'get rid of',
      'bin',
      'take down',
      'throw away',
      'throw out',
    ],
    add: ['delete', 'remove'],
  },
  // Everyday disposal means the recoverable bin; "delete" and "erase" keep to deleting.
  {
    when: ['bin', 'throw away', 'throw out', 'discard', 'get rid of', 'trash', 'junk'],
    add: ['trash'],
  },
  { when: ['clean up', 'cleanup', 'clear'], add: ['delete', 'remove'] },
  {
    when: ['close', 'shut', 'resolve', 'mark as done', 'mark done', 'complete'],
    add: ['close', 'state', 'update'],
  },
  { when: ['reopen', 're open'], add: ['open', 'state', 'update'] },
  { when: ['merge', 'land', 'squash', 'rebase'], add: ['merge'] },
  { when: ['release', 'ship', 'publish', 'bump', 'cut a release', 'new version'], add: ['release'] },
  { when: ['bump'], add: ['version', 'tag'] },
  { when: ['deploy', 'roll out', 'rollout', 'go live', 'promote to'], add: ['deployment'] },
  {
    when: ['trigger', 'kick off', 'kickoff', 'launch', 'fire', 'dispatch', 'manually'],
    add: ['dispatch', 'trigger', 'manual', 'run'],
  },
  { when: ['retry', 'restart', 'run again', 're run'], add: ['re', 'run'] },
  {
    when: ['cancel', 'stop', 'abort', 'halt', 'kill', 'terminate', 'interrupt', 'call off'],
    add: ['cancel', 'stop'],
  },
  { when: ['reschedule', 'postpone', 'push back', 'bring forward', 'shift'], add: ['update', 'move'] },
  { when: ['stuck', 'hung', 'hanging'], add: ['cancel', 'force'] },
  { when: ['disable', 'turn off', 'switch off', 'deactivate', 'pause', 'suspend'], add: ['disable'] },
  { when: ['enable', 'turn on', 'switch on', 'activate', 'resume', 'unpause'], add: ['enable'] },
  { when: ['find', 'search', 'look for', 'locate', 'discover', 'where', 'query'], add: ['search', 'find'] },
  {
    when: ['look through', 'dig up', 'dig through', 'hunt for', 'mentioning', 'that mention', 'containing'],
    add: ['search'],
  },
  { when: ['download', 'export'], add: ['download'] },
  { when: ['upload', 'attach'], add: ['upload', 'create'] },
  { when: ['invite', 'onboard', 'join'], add: ['invitation', 'member'] },
  { when: ['belong to', 'member of', 'part of'], add: ['member', 'membership'] },
  { when: ['lock', 'restrict'], add: ['lock'] },
  { when: ['unlock', 'unrestrict'], add: ['unlock'] },
  { when: ['star', 'bookmark', 'favorite'], add: ['star'] },
  { when: ['unstar', 'unbookmark', 'unfavorite'], add: ['unstar'] },
  { when: ['stop following'], add: ['unfollow'] },
  {
    when: ['watch', 'subscribe', 'get notified', 'notify me', 'keep track'],
    add: ['subscription', 'watch', 'notification'],
  },
  {
    when: ['unwatch', 'unsubscribe', 'stop watching', 'mute', 'ignore'],
    add: ['subscription', 'delete', 'ignore'],
  },
  { when: ['mark as read', 'mark read', 'seen', 'dismiss'], add: ['mark', 'read'] },
  {
    when: [
      'react',
      'reaction',
      'emoji',
      'thumbs up',
      'thumbs down',
      'heart',
      'upvote',
      'laugh',
      'hooray',
      'rocket',
    ],
    add: ['reaction'],
  },
  {
    when: ['reply', 'respond', 'answer', 'say', 'feedback', 'discuss', 'discussion'],
    add: ['comment'],
  },
  { when: ['thread', 'conversation'], add: ['comment', 'reply', 'discussion'] },
  { when: ['assign', 'allocate', 'delegate'], add: ['assign'] },
  { when: ['give', 'hand', 'take'], add: ['assign', 'add'], literalWeight: 0.3 },
  { when: ['unassign', 'un assign'], add: ['remove', 'assign'] },
  {
    when: ['access', 'permission', 'role', 'rights', 'privilege', 'grant', 'share with', 'share'],
    add: ['permission', 'access', 'collaborator', 'share'],
  },
  { when: ['tag', 'categorize', 'category', 'mark as'], add: ['label'] },
  { when: ['version', 'versions'], add: ['tag', 'release'] },
  { when: ['milestone', 'deadline', 'due', 'due date', 'roadmap'], add: ['milestone'] },
  { when: ['sprint', 'cycle', 'iteration'], add: ['cycle', 'sprint', 'milestone'] },
  // Things of software development.
  { when: ['bug', 'ticket', 'defect', 'problem', 'feature request', 'todo', 'to do'], add: ['issue'] },
  { when: ['merge request', 'change request', 'patch'], add: ['pull', 'request'] },
  { when: ['codebase', 'source code', 'project'], add: ['repository', 'code'] },
  { when: ['branch'], add: ['ref'] },
  { when: ['sha', 'changeset', 'revision', 'hash'], add: ['commit'] },
  { when: ['file', 'source', 'contents', 'content', 'readme'], add: ['content', 'file'] },
  { when: ['folder', 'directory'], add: ['folder', 'directory', 'tree', 'content'] },
  {
    when: ['diff', 'compare', 'difference', 'changed between', 'what changed', 'changes between'],
    add: ['compare', 'diff'],
  },
  { when: ['latest', 'newest', 'most recent', 'last', 'current', 'recent'], add: ['latest'] },
  { when: ['history', 'timeline', 'activity', 'audit'], add: ['event', 'timeline', 'activity'] },
  { when: ['log', 'logs', 'output', 'console', 'stdout', 'stderr'], add: ['log'] },
  {
    when: [
      'status',
      'passing',
      'failing',
      'failed',
      'green',
      'red',
      'broken',
      'succeeded',
      'success',
      'health',
    ],
    add: ['status', 'check', 'conclusion'],
  },
  { when: ['test', 'tests', 'lint', 'linter'], add: ['check'] },
  {
    when: ['ci', 'cd', 'pipeline', 'build', 'continuous integration', 'job'],
    add: ['workflow', 'run', 'actions'],
  },
  { when: ['step', 'steps'], add: ['job'] },
  {
    when: ['password', 'token', 'credential', 'credentials', 'api key', 'apikey', 'passphrase'],
    add: ['secret'],
  },
  {
    when: ['environment variable', 'setting', 'settings', 'config value'],
    add: ['variable', 'configuration'],
  },
  { when: ['production', 'staging', 'prod'], add: ['environment', 'deployment'] },
  {
    when: ['webhook', 'hook', 'callback', 'notify url', 'payload url'],
    add: ['webhook', 'hook', 'event'],
  },
  { when: ['notification', 'notifications', 'inbox', 'unread', 'mentions', 'alerts'], add: ['notification'] },
  {
    when: [
      'person',
      'people',
      'someone',
      'somebody',
      'account',
      'profile',
      'developer',
      'who',
      'login',
      'username',
    ],
    add: ['user'],
  },
  { when: ['my', 'me', 'mine', 'myself', 'i', 'i am', 'own'], add: ['authenticated', 'user'], weight: 0.4 },
  {
    when: ['who am i', 'whoami', 'current user', 'logged in', 'signed in', 'my account', 'my profile'],
    add: ['authenticated', 'user', 'get'],
  },
  {
    when: [
      'everyone',
      'staff',
      'employees',
      'teammates',
      'colleagues',
      'people in',
      'who is on',
      'who is in',
      'who are on',
      'who are in',
    ],
    add: ['member'],
  },
  { when: ['group', 'squad'], add: ['team'] },
  { when: ['company', 'business'], add: ['organization'] },
  {
    when: ['maintainer', 'maintainers', 'teammate', 'contributor'],
    add: ['collaborator'],
  },
  { when: ['authors', 'committers', 'contributes', 'contribute'], add: ['contributor'] },
  {
    when: ['statistics', 'metrics', 'analytics', 'insights', 'traffic', 'visitors', 'views', 'popularity'],
    add: ['statistics', 'traffic', 'metrics'],
  },
  { when: ['language', 'languages', 'written in'], add: ['language'] },
  { when: ['topic', 'topics', 'tagged with', 'keywords'], add: ['topic'] },
  { when: ['fork', 'clone into'], add: ['fork'] },
  { when: ['template', 'boilerplate', 'scaffold', 'starter', 'skeleton'], add: ['template'] },
  { when: ['transfer', 'move', 'hand over'], add: ['transfer'] },
  { when: ['archive', 'retire'], add: ['archive', 'update'] },
  { when: ['snippet', 'pastebin'], add: ['gist'] },
  { when: ['ssh key', 'public key', 'gpg key', 'signing key'], add: ['key'] },
  {
    when: ['vulnerability', 'vulnerable', 'cve', 'security issue', 'insecure', 'exploit'],
    add: ['vulnerability', 'alert', 'advisory', 'security'],
  },
  {
    when: ['vulnerable dependencies', 'dependency alerts', 'outdated dependencies', 'security updates'],
    add: ['dependabot', 'alert'],
  },
  { when: ['dependency', 'dependencies', 'deps', 'library', 'libraries'], add: ['dependency', 'package'] },
  {
    when: ['static analysis', 'code analysis', 'sast', 'codeql', 'security findings', 'findings'],
    add: ['code', 'scanning', 'alert'],
  },
  {
    when: ['leaked secret', 'exposed secret', 'leaked token', 'leaked credential', 'secret leak', 'leaked'],
    add: ['secret', 'scanning', 'alert'],
  },
  {
    when: ['cloud ide', 'dev environment', 'development environment', 'remote environment', 'dev container'],
    add: ['codespace'],
  },
  {
    when: ['docker image', 'container image', 'image registry', 'container registry'],
    add: ['package', 'container'],
  },
  { when: ['build machine', 'build server', 'build agent', 'ci machine'], add: ['runner'] },
  { when: ['build output', 'build artifact', 'binary', 'binaries'], add: ['artifact', 'asset'] },
  { when: ['quota', 'api limit', 'remaining requests', 'throttle', 'throttled'], add: ['rate', 'limit'] },
  { when: ['render', 'html', 'preview'], add: ['render', 'markdown'] },
  { when: ['emoticon', 'smiley'], add: ['emoji'] },
  { when: ['copyright', 'licensing'], add: ['license'] },
  { when: ['ignore file', 'ignore rules'], add: ['gitignore'] },
  {
    when: ['tree', 'file listing', 'list files', 'folder structure', 'recursively', 'recursive'],
    add: ['tree'],
  },
  {
    when: ['protect', 'rule', 'rules', 'ruleset', 'policy', 'require', 'required', 'enforce'],
    add: ['protection', 'rule'],
  },
  {
    when: ['approve', 'approval', 'approvals', 'sign off', 'lgtm', 'request changes'],
    add: ['review', 'approve'],
  },
  { when: ['who starred', 'starred by', 'stargazers'], add: ['stargazer'] },
  {
    when: ['ask for review', 'request review', 'request a review'],
    add: ['request', 'reviewer'],
  },
  {
    when: ['out of date', 'up to date', 'behind', 'sync', 'refresh', 'latest changes'],
    add: ['update', 'sync', 'upstream'],
  },
  { when: ['website', 'static site', 'hosting'], add: ['pages', 'site'] },
  // Things of office work.
  { when: ['email', 'inbox', 'mailbox'], add: ['email', 'message', 'mail'] },
  {
    when: ['text', 'ping', 'tell', 'notify', 'write to', 'send', 'dm'],
    add: ['message', 'send', 'post'],
  },
  // "email" sends as a verb ("email the notes to Kim"); "the invoice emails" are things to find.
  {
    when: [
      'email the',
      'email it',
      'email them',
      'email a',
      'email an',
      'email my',
      'email our',
      'email him',
      'email her',
    ],
    add: ['message', 'send', 'post'],
    weight: DEFAULT_CONCEPT_WEIGHT,
    literalWeight: 1,
  },
  { when: ['chat'], add: ['message'] },
  { when: ['direct message', 'private message', 'privately'], add: ['conversation', 'direct', 'im', 'open'] },
  { when: ['channel', 'room', 'chat room'], add: ['channel', 'conversation'] },
  {
    when: ['meeting', 'appointment', 'schedule', 'book a', 'calendar', 'call with'],
    add: ['event', 'calendar'],
  },
  {
    when: [
      'availability',
      'free time',
      'free slot',
      'free slots',
      'open slot',
      'busy',
      'when am i free',
      'open hour',
      'free hour',
      'spare hour',
    ],
    add: ['free', 'busy', 'slot', 'availability'],
  },
  { when: ['doc', 'document', 'wiki', 'note', 'notes', 'page'], add: ['page', 'document'] },
  { when: ['leave a note', 'add a note', 'note on', 'note to', 'remark'], add: ['comment'] },
  { when: ['trending', 'popular', 'hot', 'front page', 'homepage'], add: ['top', 'best'] },
  {
    when: ['how big', 'size', 'who owns', 'owner', 'last modified', 'modified'],
    add: ['metadata'],
  },
  { when: ['left', 'remaining', 'used up', 'run out', 'running out'], add: ['remaining', 'usage'] },
  {
    when: ['spreadsheet', 'sheet', 'excel', 'row', 'rows', 'cell', 'cells'],
    add: ['spreadsheet', 'sheet', 'row'],
  },
  { when: ['contact', 'contacts', 'address book'], add: ['contact'] },
  { when: ['task', 'action item', 'checklist'], add: ['task', 'issue'] },
  { when: ['in progress', 'in review', 'backlog', 'move to'], add: ['state', 'status', 'update'] },
  { when: ['bill', 'invoice', 'charge for'], add: ['invoice'] },
  { when: ['refund', 'reimburse', 'money back'], add: ['refund'] },
  { when: ['attachment', 'attachments'], add: ['attachment', 'file'] },
  { when: ['forward'], add: ['forward', 'send'] },
  { when: ['draft'], add: ['draft'] },
  { when: ['unsent', 'not sent', 'dont send', 'not send', 'without sending'], add: ['draft'] },
];
