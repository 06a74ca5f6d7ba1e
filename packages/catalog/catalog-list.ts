// The reviewed list the catalog is generated from: one entry per toolkit. Edit, then run
// `pnpm catalog:generate` and review the diff of `src/data/` and the README table.
// Rules (docs/design-notes.md, "Catalog at scale"):
// - a slug is what users call the product (`outlook`, `googlesheets`), never the document id;
// - giant APIs are split by path into the products people recognise;
// - auth comes from the document; an entry fixes it when the document is wrong or silent;
// - curated toolkits of @toolrouter/toolkits (github, gmail, googlecalendar, googledrive, slack,
//   notion, linear, stripe, exa, firecrawl, hackernews) are not listed here: their slugs and tools stay.
import type { AuthScheme, OAuth2Scheme } from '@toolrouter/toolkits';
import type { CatalogEntry } from './generator/catalog-entry.ts';

const GOOGLE_CONSOLE = 'https://console.cloud.google.com/apis/credentials';
const MICROSOFT_CONSOLE = 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

/** Parameters every Google API accepts (formats, JSONP, quota user, credentials): noise for a model. */
const GOOGLE_SYSTEM_PARAMETERS = [
  '$.xgafv', 'access_token', 'alt', 'callback', 'fields', 'key', 'oauth_token', 'prettyPrint', 'quotaUser', 'upload_protocol', 'uploadType',
];

/** Google's OAuth client, one per product toolkit with that product's scopes. */
function google(scopes: string[]): AuthScheme[] {
  return [
    {
      mode: 'oauth2',
      authorizationUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scopes: scopes.map((scope) => `https://www.googleapis.com/auth/${scope}`),
      pkce: true,
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    },
  ];
}

/** A toolkit cut out of one Google API document (`googleapis.com/<api>`). */
function googleApi(
  api: string,
  entry: Omit<CatalogEntry, 'source' | 'auth' | 'developerConsole' | 'stripOperationId'> & { scopes: string[] },
): CatalogEntry {
  const { scopes, ...rest } = entry;
  return {
    ...rest,
    source: { directory: `googleapis.com/${api}` },
    auth: google(scopes),
    stripOperationId: new RegExp(`^${api}\\.`, 'i'),
    dropParameters: GOOGLE_SYSTEM_PARAMETERS,
    developerConsole: GOOGLE_CONSOLE,
  };
}

/** A toolkit cut out of Microsoft Graph v1.0 by path; Graph's document declares no auth. */
function graph(
  paths: string[],
  entry: Omit<CatalogEntry, 'source' | 'auth' | 'developerConsole' | 'paths'> & { scopes: string[] },
): CatalogEntry {
  const { scopes, ...rest } = entry;
  const scheme: OAuth2Scheme = {
    mode: 'oauth2',
    authorizationUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    scopes: ['offline_access', 'User.Read', ...scopes],
    pkce: true,
  };
  return {
    ...rest,
    source: { directory: 'microsoft.com/graph' },
    paths,
    dropNavigationProperties: true,
    auth: [scheme],
    developerConsole: MICROSOFT_CONSOLE,
  };
}

const bearer: AuthScheme[] = [{ mode: 'bearer' }];
const basic: AuthScheme[] = [{ mode: 'basic' }];
const header = (name: string, prefix?: string): AuthScheme[] => [
  { mode: 'api_key', in: 'header', name, ...(prefix ? { prefix } : {}) },
];
const query = (name: string): AuthScheme[] => [{ mode: 'api_key', in: 'query', name }];

export const CATALOG_LIST: CatalogEntry[] = [
  // ---- Google Workspace and Google Cloud -------------------------------------------------------
  googleApi('sheets', { slug: 'googlesheets', name: 'Google Sheets', description: 'Create, read and update Google Sheets spreadsheets, values and formatting.', categories: ['productivity', 'spreadsheets'], scopes: ['spreadsheets'] }),
  googleApi('docs', { slug: 'googledocs', name: 'Google Docs', description: 'Create Google Docs documents, read their content and apply edits.', categories: ['productivity', 'documents'], scopes: ['documents'] }),
  googleApi('slides', { slug: 'googleslides', name: 'Google Slides', description: 'Create and edit Google Slides presentations and pages.', categories: ['productivity', 'documents'], scopes: ['presentations'] }),
  googleApi('youtube', { slug: 'youtube', name: 'YouTube', description: 'Search videos, manage playlists, channels, comments and uploads on YouTube.', categories: ['media', 'social'], scopes: ['youtube.force-ssl'] }),
  googleApi('tasks', { slug: 'googletasks', name: 'Google Tasks', description: 'Manage Google Tasks task lists and tasks.', categories: ['productivity', 'task-management'], scopes: ['tasks'] }),
  googleApi('people', { slug: 'googlecontacts', name: 'Google Contacts', description: 'Read and manage Google Contacts (People API): contacts, groups and profiles.', categories: ['productivity', 'crm'], scopes: ['contacts'] }),
  googleApi('forms', { slug: 'googleforms', name: 'Google Forms', description: 'Create Google Forms, change their questions and read responses.', categories: ['productivity', 'forms'], scopes: ['forms.body', 'forms.responses.readonly'] }),
  googleApi('chat', { slug: 'googlechat', name: 'Google Chat', description: 'Send and read messages, spaces and memberships in Google Chat.', categories: ['communication'], scopes: ['chat.messages', 'chat.spaces'] }),
  googleApi('classroom', { slug: 'googleclassroom', name: 'Google Classroom', description: 'Manage Google Classroom courses, rosters, coursework and submissions.', categories: ['education'], scopes: ['classroom.courses', 'classroom.rosters', 'classroom.coursework.students'] }),
  googleApi('keep', { slug: 'googlekeep', name: 'Google Keep', description: 'Create, list and delete Google Keep notes.', categories: ['productivity'], scopes: ['keep'] }),
  googleApi('admin', { slug: 'googleadmin', name: 'Google Workspace Admin', description: 'Manage Google Workspace users, groups, devices and organisational units (Directory API).', categories: ['admin', 'identity'], scopes: ['admin.directory.user', 'admin.directory.group'] }),
  googleApi('script', { slug: 'googleappsscript', name: 'Google Apps Script', description: 'Manage Apps Script projects, deployments and run script functions.', categories: ['developer-tools', 'automation'], scopes: ['script.projects', 'script.deployments'] }),
  googleApi('vault', { slug: 'googlevault', name: 'Google Vault', description: 'Manage Google Vault matters, holds, exports and saved queries for eDiscovery.', categories: ['admin', 'security'], scopes: ['ediscovery'] }),
  googleApi('bigquery', { slug: 'googlebigquery', name: 'Google BigQuery', description: 'Run BigQuery SQL queries and manage datasets, tables and jobs.', categories: ['data', 'analytics'], scopes: ['bigquery'] }),
  googleApi('analyticsdata', { slug: 'googleanalytics', name: 'Google Analytics', description: 'Run Google Analytics 4 reports: realtime, pivot and funnel reports over metrics and dimensions.', categories: ['analytics'], scopes: ['analytics.readonly'] }),
  googleApi('analyticsadmin', { slug: 'googleanalyticsadmin', name: 'Google Analytics Admin', description: 'Manage Google Analytics 4 accounts, properties, data streams and access.', categories: ['analytics', 'admin'], scopes: ['analytics.edit'] }),
  googleApi('searchconsole', { slug: 'googlesearchconsole', name: 'Google Search Console', description: 'Query search performance, inspect URLs and manage sitemaps in Google Search Console.', categories: ['marketing', 'analytics'], scopes: ['webmasters'] }),
  googleApi('tagmanager', { slug: 'googletagmanager', name: 'Google Tag Manager', description: 'Manage Google Tag Manager accounts, containers, workspaces, tags and triggers.', categories: ['marketing', 'analytics'], scopes: ['tagmanager.edit.containers'] }),
  googleApi('blogger', { slug: 'blogger', name: 'Blogger', description: 'Read and publish Blogger blogs, posts, pages and comments.', categories: ['content', 'social'], scopes: ['blogger'] }),
  googleApi('books', { slug: 'googlebooks', name: 'Google Books', description: 'Search Google Books volumes and manage bookshelves.', categories: ['content'], scopes: ['books'] }),
  googleApi('translate', { slug: 'googletranslate', name: 'Google Cloud Translation', description: 'Translate text, detect languages and manage glossaries with Google Cloud Translation.', categories: ['ai', 'language'], scopes: ['cloud-translation'] }),
  googleApi('storage', { slug: 'googlecloudstorage', name: 'Google Cloud Storage', description: 'Manage Google Cloud Storage buckets, objects and their access.', categories: ['storage', 'cloud'], scopes: ['devstorage.read_write'] }),
  googleApi('firestore', { slug: 'googlefirestore', name: 'Google Cloud Firestore', description: 'Read, query and write Firestore documents and manage indexes.', categories: ['database', 'cloud'], scopes: ['datastore'] }),
  googleApi('pubsub', { slug: 'googlepubsub', name: 'Google Cloud Pub/Sub', description: 'Publish and pull Pub/Sub messages and manage topics and subscriptions.', categories: ['cloud', 'messaging'], scopes: ['pubsub'] }),
  googleApi('logging', { slug: 'googlecloudlogging', name: 'Google Cloud Logging', description: 'Read and write Cloud Logging entries and manage sinks, buckets and metrics.', categories: ['cloud', 'monitoring'], scopes: ['logging.admin'] }),
  googleApi('monitoring', { slug: 'googlecloudmonitoring', name: 'Google Cloud Monitoring', description: 'Read metrics time series and manage alert policies, uptime checks and dashboards.', categories: ['cloud', 'monitoring'], scopes: ['monitoring'] }),
  googleApi('run', { slug: 'googlecloudrun', name: 'Google Cloud Run', description: 'Deploy and manage Cloud Run services, jobs and revisions.', categories: ['cloud', 'hosting'], scopes: ['cloud-platform'] }),
  googleApi('cloudfunctions', { slug: 'googlecloudfunctions', name: 'Google Cloud Functions', description: 'Deploy, call and manage Google Cloud Functions.', categories: ['cloud', 'hosting'], scopes: ['cloud-platform'] }),
  googleApi('compute', { slug: 'googlecomputeengine', name: 'Google Compute Engine', description: 'Manage Compute Engine VM instances, disks, networks and firewalls.', categories: ['cloud'], scopes: ['compute'] }),
  googleApi('container', { slug: 'googlekubernetesengine', name: 'Google Kubernetes Engine', description: 'Create and manage GKE clusters and node pools.', categories: ['cloud', 'developer-tools'], scopes: ['cloud-platform'] }),
  googleApi('sqladmin', { slug: 'googlecloudsql', name: 'Google Cloud SQL', description: 'Manage Cloud SQL instances, databases, users, backups and imports.', categories: ['cloud', 'database'], scopes: ['sqlservice.admin'] }),
  googleApi('secretmanager', { slug: 'googlesecretmanager', name: 'Google Secret Manager', description: 'Create secrets, add versions and access secret payloads in Google Secret Manager.', categories: ['cloud', 'security'], scopes: ['cloud-platform'] }),
  googleApi('cloudbuild', { slug: 'googlecloudbuild', name: 'Google Cloud Build', description: 'Run and manage Cloud Build builds and triggers.', categories: ['cloud', 'ci-cd'], scopes: ['cloud-platform'] }),
  googleApi('dns', { slug: 'googleclouddns', name: 'Google Cloud DNS', description: 'Manage Cloud DNS managed zones and record sets.', categories: ['cloud'], scopes: ['ndev.clouddns.readwrite'] }),
  googleApi('cloudscheduler', { slug: 'googlecloudscheduler', name: 'Google Cloud Scheduler', description: 'Create, run, pause and delete Cloud Scheduler cron jobs.', categories: ['cloud', 'automation'], scopes: ['cloud-platform'] }),
  googleApi('cloudtasks', { slug: 'googlecloudtasks', name: 'Google Cloud Tasks', description: 'Manage Cloud Tasks queues and tasks.', categories: ['cloud', 'automation'], scopes: ['cloud-platform'] }),
  googleApi('workflows', { slug: 'googleworkflows', name: 'Google Cloud Workflows', description: 'Deploy and manage Google Cloud Workflows.', categories: ['cloud', 'automation'], scopes: ['cloud-platform'] }),
  googleApi('cloudresourcemanager', { slug: 'googlecloudresourcemanager', name: 'Google Cloud Resource Manager', description: 'Manage Google Cloud projects, folders, tags and IAM policies.', categories: ['cloud', 'admin'], scopes: ['cloud-platform'] }),
  googleApi('dialogflow', { slug: 'dialogflow', name: 'Dialogflow', description: 'Manage Dialogflow CX agents, flows, intents and detect intents in sessions.', categories: ['ai', 'customer-support'], scopes: ['dialogflow'] }),
  googleApi('vision', { slug: 'googlevision', name: 'Google Cloud Vision', description: 'Label, OCR and analyse images with Google Cloud Vision.', categories: ['ai'], scopes: ['cloud-vision'] }),
  googleApi('texttospeech', { slug: 'googletexttospeech', name: 'Google Text-to-Speech', description: 'Synthesise speech from text and list voices with Google Cloud Text-to-Speech.', categories: ['ai', 'media'], scopes: ['cloud-platform'] }),
  googleApi('language', { slug: 'googlenaturallanguage', name: 'Google Natural Language', description: 'Analyse sentiment, entities, syntax and categories of text.', categories: ['ai', 'language'], scopes: ['cloud-language'] }),
  googleApi('firebasehosting', { slug: 'firebasehosting', name: 'Firebase Hosting', description: 'Manage Firebase Hosting sites, versions, releases and channels.', categories: ['hosting', 'developer-tools'], scopes: ['firebase'] }),
  googleApi('identitytoolkit', { slug: 'firebaseauth', name: 'Firebase Authentication', description: 'Manage Firebase Authentication / Identity Platform users, tenants and sign-in configuration.', categories: ['identity', 'developer-tools'], scopes: ['firebase', 'identitytoolkit'] }),
  googleApi('androidpublisher', { slug: 'googleplayconsole', name: 'Google Play Console', description: 'Manage Google Play apps: edits, tracks, reviews, in-app products and subscriptions.', categories: ['developer-tools', 'mobile'], scopes: ['androidpublisher'] }),
  googleApi('mybusinessbusinessinformation', { slug: 'googlebusinessprofile', name: 'Google Business Profile', description: 'Read and update Google Business Profile locations, categories and attributes.', categories: ['marketing', 'local'], scopes: ['business.manage'] }),
  googleApi('fitness', { slug: 'googlefit', name: 'Google Fit', description: 'Read Google Fit data sources, datasets and sessions.', categories: ['health'], scopes: ['fitness.activity.read'] }),
  googleApi('aiplatform', { slug: 'vertexai', name: 'Vertex AI', description: 'Manage Vertex AI endpoints, models, datasets and run predictions.', categories: ['ai', 'cloud'], scopes: ['cloud-platform'] }),

  // ---- Microsoft 365 (Microsoft Graph) ---------------------------------------------------------
  graph(['^/me/(messages|mailFolders|events|calendar|calendars|calendarView|contacts|contactFolders)\\b', '^/me/microsoft\\.graph\\.(sendMail|findMeetingTimes|getMailTips|reminderView)\\b'], { slug: 'outlook', name: 'Outlook', description: 'Read, send and organise Outlook mail, calendar events and contacts (Microsoft Graph).', categories: ['email', 'calendar', 'productivity'], scopes: ['Mail.ReadWrite', 'Mail.Send', 'Calendars.ReadWrite', 'Contacts.ReadWrite'] }),
  graph(['^/(teams|chats)/', '^/me/(joinedTeams|chats|onlineMeetings)\\b'], { slug: 'microsoftteams', name: 'Microsoft Teams', description: 'Send and read Teams chat and channel messages, manage teams, channels and online meetings.', categories: ['communication', 'productivity'], scopes: ['Chat.ReadWrite', 'ChannelMessage.Send', 'Team.ReadBasic.All', 'Channel.ReadBasic.All', 'OnlineMeetings.ReadWrite'] }),
  graph(['^/me/drive\\b', '^/drives\\b'], { slug: 'onedrive', name: 'OneDrive', description: 'Browse, upload, share and manage files and folders in OneDrive.', categories: ['storage', 'documents'], scopes: ['Files.ReadWrite.All'] }),
  graph(['^/sites\\b'], { slug: 'sharepoint', name: 'SharePoint', description: 'Work with SharePoint sites, lists, list items, pages and document libraries.', categories: ['documents', 'storage'], scopes: ['Sites.ReadWrite.All'] }),
  graph(['^/me/todo\\b'], { slug: 'microsofttodo', name: 'Microsoft To Do', description: 'Manage Microsoft To Do task lists, tasks, checklist items and linked resources.', categories: ['productivity', 'task-management'], scopes: ['Tasks.ReadWrite'] }),
  graph(['^/me/onenote\\b'], { slug: 'onenote', name: 'OneNote', description: 'Create and read OneNote notebooks, sections and pages.', categories: ['productivity', 'documents'], scopes: ['Notes.ReadWrite'] }),
  graph(['^/planner\\b', '^/me/planner\\b'], { slug: 'microsoftplanner', name: 'Microsoft Planner', description: 'Manage Microsoft Planner plans, buckets and tasks.', categories: ['project-management'], scopes: ['Tasks.ReadWrite', 'Group.Read.All'] }),
  graph(['^/users\\b', '^/groups\\b'], { slug: 'microsoftentra', name: 'Microsoft Entra ID', description: 'Manage Microsoft Entra ID (Azure AD) users, groups and memberships.', categories: ['identity', 'admin'], scopes: ['User.ReadWrite.All', 'Group.ReadWrite.All'] }),
  graph(['/workbook\\b'], { slug: 'excel', name: 'Microsoft Excel', description: 'Read and write Excel workbooks in OneDrive: worksheets, ranges, tables and charts.', categories: ['spreadsheets', 'productivity'], scopes: ['Files.ReadWrite'] }),
  graph(['^/solutions/bookingBusinesses\\b'], { slug: 'microsoftbookings', name: 'Microsoft Bookings', description: 'Manage Microsoft Bookings businesses, services, staff and appointments.', categories: ['scheduling'], scopes: ['Bookings.ReadWrite.All'] }),

  // ---- Project tracking, docs and collaboration ------------------------------------------------
  { slug: 'jira', name: 'Jira', description: 'Create, search, update and transition Jira issues, projects, sprints and comments.', categories: ['project-management'], source: { directory: 'atlassian.com/jira' }, auth: basic, baseUrl: 'https://your-domain.atlassian.net', connectHelp: 'Username: your Atlassian account email. Password: an API token from https://id.atlassian.com/manage-profile/security/api-tokens. Operators set toolkitBaseUrls.jira to https://<your-site>.atlassian.net.', developerConsole: 'https://id.atlassian.com/manage-profile/security/api-tokens' },
  { slug: 'asana', name: 'Asana', description: 'Manage Asana tasks, projects, sections, portfolios and teams.', categories: ['project-management'], source: { directory: 'asana.com' }, oauth: { scopes: ['default'] }, developerConsole: 'https://app.asana.com/0/my-apps' },
  googleApi('drivelabels', { slug: 'googledrivelabels', name: 'Google Drive Labels', description: 'Manage Google Drive labels and their fields for classifying files.', categories: ['storage', 'admin'], scopes: ['drive.labels'] }),
  { slug: 'figma', name: 'Figma', description: 'Read Figma files, nodes, images, comments, components, styles and variables.', categories: ['design'], source: { npm: '@figma/rest-api-spec', file: 'openapi/openapi.yaml' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://www.figma.com/oauth', tokenUrl: 'https://api.figma.com/v1/oauth/token', scopes: ['file_content:read', 'file_comments:write'], pkce: false, clientAuth: 'basic' }, ...header('X-Figma-Token')], developerConsole: 'https://www.figma.com/developers/apps', connectHelp: 'Create a personal access token in Figma: Settings → Security → Personal access tokens.' },
  { slug: 'gotomeeting', name: 'GoTo Meeting', description: 'Schedule and manage GoTo Meeting meetings, attendees and organizers.', categories: ['video-conferencing'], source: { directory: 'citrixonline.com/gotomeeting' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://authentication.logmeininc.com/oauth/authorize', tokenUrl: 'https://authentication.logmeininc.com/oauth/token', pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.goto.com/' },
  { slug: 'gotowebinar', name: 'GoTo Webinar', description: 'Create GoTo Webinar webinars, manage registrants, sessions and attendees.', categories: ['video-conferencing', 'marketing'], source: { directory: 'getgo.com/gotowebinar' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://authentication.logmeininc.com/oauth/authorize', tokenUrl: 'https://authentication.logmeininc.com/oauth/token', pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.goto.com/' },
  { slug: 'zoom', name: 'Zoom', description: 'Create and manage Zoom meetings, webinars, users, recordings and reports.', categories: ['video-conferencing', 'communication'], source: { directory: 'zoom.us' }, paths: ['^/(users|meetings|webinars|past_meetings|past_webinars|chat|contacts)\\b'], auth: [{ mode: 'oauth2', authorizationUrl: 'https://zoom.us/oauth/authorize', tokenUrl: 'https://zoom.us/oauth/token', pkce: true, clientAuth: 'basic' }], developerConsole: 'https://marketplace.zoom.us/develop/create' },
  { slug: 'box', name: 'Box', description: 'Upload, share, search and manage files, folders, collaborations and metadata in Box.', categories: ['storage', 'documents'], source: { directory: 'box.com' }, oauth: { pkce: false }, developerConsole: 'https://app.box.com/developers/console' },
  { slug: 'docusign', name: 'DocuSign', description: 'Send DocuSign envelopes for signature, manage templates, recipients and documents.', categories: ['documents', 'e-signature'], source: { directory: 'docusign.net' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://account.docusign.com/oauth/auth', tokenUrl: 'https://account.docusign.com/oauth/token', scopes: ['signature'], pkce: true, clientAuth: 'basic' }], developerConsole: 'https://admindemo.docusign.com/apps-and-keys', connectHelp: 'DocuSign accounts live on regional hosts: operators set toolkitBaseUrls.docusign to their account base URI + /restapi.' },
  { slug: 'docspring', name: 'DocSpring', description: 'Fill PDF templates and generate documents with DocSpring.', categories: ['documents'], source: { directory: 'formapi.io' }, connectHelp: 'Username: your API token id; password: the token secret (DocSpring → API Tokens).' },
  { slug: 'pdfgeneratorapi', name: 'PDF Generator API', description: 'Generate PDF documents from templates and manage templates and workspaces.', categories: ['documents'], source: { directory: 'pdfgeneratorapi.com' } },
  { slug: 'api2pdf', name: 'Api2Pdf', description: 'Convert HTML, URLs and Office files to PDF and merge PDFs.', categories: ['documents'], source: { directory: 'api2pdf.com' } },
  { slug: 'carbone', name: 'Carbone', description: 'Render reports and documents from templates and JSON data with Carbone.', categories: ['documents'], source: { directory: 'carbone.io' } },

  // ---- Source hosting, CI/CD and developer tools -----------------------------------------------
  { slug: 'bitbucket', name: 'Bitbucket', description: 'Manage Bitbucket repositories, pull requests, pipelines, issues and workspaces.', categories: ['developer-tools', 'source-control'], source: { directory: 'bitbucket.org' }, oauth: { scopes: ['repository', 'pullrequest', 'account'], pkce: false, clientAuth: 'basic' }, developerConsole: 'https://bitbucket.org/account/settings/app-passwords/' },
  { slug: 'circleci', name: 'CircleCI', description: 'Trigger CircleCI builds and read projects, builds, artifacts and test results.', categories: ['developer-tools', 'ci-cd'], source: { directory: 'circleci.com' }, auth: header('Circle-Token'), connectHelp: 'Create a personal API token at https://app.circleci.com/settings/user/tokens.' },
  { slug: 'appveyor', name: 'AppVeyor', description: 'Start and inspect AppVeyor builds, projects, environments and deployments.', categories: ['developer-tools', 'ci-cd'], source: { directory: 'appveyor.com' }, auth: header('Authorization', 'Bearer ') },
  { slug: 'vercel', name: 'Vercel', description: 'Manage Vercel projects, deployments, domains, environment variables and teams.', categories: ['developer-tools', 'hosting'], source: { directory: 'vercel.com' }, auth: bearer, connectHelp: 'Create an access token at https://vercel.com/account/tokens.' },
  { slug: 'netlify', name: 'Netlify', description: 'Manage Netlify sites, deploys, forms, DNS and environment variables.', categories: ['developer-tools', 'hosting'], source: { directory: 'netlify.com' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://app.netlify.com/authorize', tokenUrl: 'https://api.netlify.com/oauth/token', pkce: false }, { mode: 'bearer' }], developerConsole: 'https://app.netlify.com/user/applications' },
  { slug: 'digitalocean', name: 'DigitalOcean', description: 'Manage DigitalOcean droplets, apps, databases, domains, volumes and Kubernetes.', categories: ['cloud', 'hosting'], source: { directory: 'digitalocean.com' }, connectHelp: 'Create a personal access token at https://cloud.digitalocean.com/account/api/tokens.' },
  { slug: 'linode', name: 'Linode (Akamai)', description: 'Manage Linode instances, volumes, domains, networking and Kubernetes.', categories: ['cloud', 'hosting'], source: { directory: 'linode.com' }, oauth: { pkce: false }, developerConsole: 'https://cloud.linode.com/profile/clients' },
  { slug: 'hetzner', name: 'Hetzner Cloud', description: 'Manage Hetzner Cloud servers, volumes, networks, firewalls and load balancers.', categories: ['cloud', 'hosting'], source: { directory: 'hetzner.cloud' }, auth: bearer, connectHelp: 'Create an API token in the Hetzner Cloud console: project → Security → API tokens.' },
  { slug: 'dockerhub', name: 'Docker Hub', description: 'Manage Docker Hub repositories, tags, organizations and access tokens.', categories: ['developer-tools'], source: { directory: 'docker.com/hub' }, auth: bearer },
  { slug: 'launchdarkly', name: 'LaunchDarkly', description: 'Manage LaunchDarkly feature flags, environments, segments and projects.', categories: ['developer-tools'], source: { directory: 'launchdarkly.com' } },
  { slug: 'configcat', name: 'ConfigCat', description: 'Manage ConfigCat feature flags, settings, environments and configs.', categories: ['developer-tools'], source: { directory: 'configcat.com' } },
  { slug: 'snyk', name: 'Snyk', description: 'Read Snyk organizations, projects, issues and vulnerabilities, and run tests.', categories: ['developer-tools', 'security'], source: { directory: 'snyk.io' }, auth: header('Authorization', 'token ') },
  { slug: 'postman', name: 'Postman', description: 'Manage Postman collections, environments, workspaces, mocks and monitors.', categories: ['developer-tools'], source: { directory: 'getpostman.com' }, auth: header('X-Api-Key') },
  { slug: 'swaggerhub', name: 'SwaggerHub', description: 'Manage API definitions, versions and domains on SwaggerHub.', categories: ['developer-tools'], source: { directory: 'swaggerhub.com' } },
  { slug: 'readme', name: 'ReadMe', description: 'Manage ReadMe developer hub docs, API specifications, changelogs and versions.', categories: ['developer-tools', 'documents'], source: { directory: 'readme.io' } },
  { slug: 'appstoreconnect', name: 'App Store Connect', description: 'Manage App Store Connect apps, builds, TestFlight testers and app metadata.', categories: ['developer-tools', 'mobile'], source: { directory: 'apple.com/app-store-connect' }, connectHelp: 'Paste a JSON Web Token signed with an App Store Connect API key (keys expire after 20 minutes).' },
  { slug: 'runzero', name: 'runZero', description: 'Query runZero asset inventory, services, sites and scan tasks.', categories: ['security'], source: { directory: 'rumble.run' } },
  { slug: 'probely', name: 'Probely', description: 'Run and manage Probely web vulnerability scans, targets and findings.', categories: ['security'], source: { directory: 'probely.com' } },
  { slug: 'onepassword', name: '1Password Events', description: 'Read 1Password sign-in attempts, item usage and audit events.', categories: ['security'], source: { directory: '1password.com/events' } },
  { slug: 'signl4', name: 'SIGNL4', description: 'Raise and manage SIGNL4 on-call alerts, teams and duty schedules.', categories: ['monitoring', 'incident-management'], source: { directory: 'signl4.com' }, oauth: { pkce: false } },
  { slug: 'runscope', name: 'Runscope', description: 'Manage Runscope API monitoring buckets, tests and results.', categories: ['monitoring', 'developer-tools'], source: { directory: 'runscope.com' }, oauth: { pkce: false } },
  { slug: 'meraki', name: 'Cisco Meraki', description: 'Manage Cisco Meraki organizations, networks, devices and clients.', categories: ['networking'], source: { directory: 'meraki.com' } },

  // ---- Chat, mail, SMS and voice ---------------------------------------------------------------
  { slug: 'sendgrid', name: 'SendGrid', description: 'Send email with SendGrid and manage templates, contacts, lists and stats.', categories: ['email', 'marketing'], source: { directory: 'sendgrid.com' }, baseUrl: 'https://api.sendgrid.com/v3', auth: header('Authorization', 'Bearer '), connectHelp: 'Create an API key at https://app.sendgrid.com/settings/api_keys.' },
  { slug: 'mailchimp', name: 'Mailchimp', description: 'Manage Mailchimp audiences, members, campaigns, templates and reports.', categories: ['email', 'marketing'], source: { directory: 'mailchimp.com' }, baseUrl: 'https://us1.api.mailchimp.com/3.0', connectHelp: 'Username: anything; password: an API key from https://admin.mailchimp.com/account/api/. Operators set toolkitBaseUrls.mailchimp to https://<dc>.api.mailchimp.com/3.0 for the key’s data center (the suffix after the dash).' },
  { slug: 'postmark', name: 'Postmark', description: 'Send transactional email with Postmark and read bounces, messages, templates and stats.', categories: ['email'], source: { directory: 'postmarkapp.com/server' }, baseUrl: 'https://api.postmarkapp.com', auth: header('X-Postmark-Server-Token'), connectHelp: 'Paste a server API token (Postmark → Servers → API Tokens).' },
  { slug: 'postmarkaccount', name: 'Postmark Account', description: 'Manage Postmark servers, sender signatures and domains.', categories: ['email', 'admin'], source: { directory: 'postmarkapp.com/account' }, baseUrl: 'https://api.postmarkapp.com', auth: header('X-Postmark-Account-Token') },
  { slug: 'twilio', name: 'Twilio', description: 'Send SMS and WhatsApp messages, place calls and manage phone numbers with Twilio.', categories: ['communication', 'sms'], source: { directory: 'twilio.com/api' }, connectHelp: 'Username: your Account SID (or an API key SID); password: the auth token (or API key secret), from https://console.twilio.com.' },
  { slug: 'twilioverify', name: 'Twilio Verify', description: 'Send and check one-time verification codes over SMS, voice, email and WhatsApp.', categories: ['communication', 'identity'], source: { directory: 'twilio.com/twilio_verify_v2' } },
  { slug: 'twilioconversations', name: 'Twilio Conversations', description: 'Manage multi-channel Twilio Conversations, participants and messages.', categories: ['communication'], source: { directory: 'twilio.com/twilio_conversations_v1' } },
  { slug: 'twiliomessaging', name: 'Twilio Messaging Services', description: 'Manage Twilio messaging services, senders, brand registrations and campaigns.', categories: ['communication', 'sms'], source: { directory: 'twilio.com/twilio_messaging_v1' } },
  { slug: 'twiliostudio', name: 'Twilio Studio', description: 'Run and manage Twilio Studio flows and executions.', categories: ['communication', 'automation'], source: { directory: 'twilio.com/twilio_studio_v2' } },
  { slug: 'twiliotaskrouter', name: 'Twilio TaskRouter', description: 'Route tasks to workers with Twilio TaskRouter workspaces, queues and workflows.', categories: ['communication', 'customer-support'], source: { directory: 'twilio.com/twilio_taskrouter_v1' } },
  { slug: 'twiliosync', name: 'Twilio Sync', description: 'Manage Twilio Sync documents, lists, maps and streams.', categories: ['communication', 'developer-tools'], source: { directory: 'twilio.com/twilio_sync_v1' } },
  { slug: 'twilioserverless', name: 'Twilio Serverless', description: 'Deploy Twilio Functions and Assets: services, environments and builds.', categories: ['developer-tools', 'hosting'], source: { directory: 'twilio.com/twilio_serverless_v1' } },
  { slug: 'twiliovideo', name: 'Twilio Video', description: 'Manage Twilio Video rooms, participants, recordings and compositions.', categories: ['video-conferencing'], source: { directory: 'twilio.com/twilio_video_v1' } },
  { slug: 'twilionumbers', name: 'Twilio Regulatory Compliance', description: 'Manage Twilio regulatory bundles, end users and supporting documents for phone numbers.', categories: ['communication', 'compliance'], source: { directory: 'twilio.com/twilio_numbers_v2' } },
  { slug: 'twilioflex', name: 'Twilio Flex', description: 'Configure Twilio Flex contact-center flows, channels and web channels.', categories: ['customer-support'], source: { directory: 'twilio.com/twilio_flex_v1' } },
  { slug: 'twiliovoice', name: 'Twilio Voice', description: 'Manage Twilio Voice settings: BYOC trunks, connection policies, dialing permissions and IP records.', categories: ['communication'], source: { directory: 'twilio.com/twilio_voice_v1' } },
  { slug: 'telnyx', name: 'Telnyx', description: 'Send messages, control calls and manage numbers with Telnyx.', categories: ['communication', 'sms'], source: { directory: 'telnyx.com' } },
  { slug: 'clicksend', name: 'ClickSend', description: 'Send SMS, MMS, voice messages, letters and postcards with ClickSend.', categories: ['communication', 'sms'], source: { directory: 'clicksend.com' } },
  { slug: 'callfire', name: 'CallFire', description: 'Run CallFire SMS and voice broadcasts and manage contacts and numbers.', categories: ['communication', 'sms'], source: { directory: 'callfire.com' } },
  { slug: 'ably', name: 'Ably', description: 'Publish messages, read channel history and presence with Ably realtime.', categories: ['communication', 'developer-tools'], source: { directory: 'ably.io/platform' } },
  { slug: 'ablycontrol', name: 'Ably Control', description: 'Manage Ably apps, keys, namespaces, queues and integration rules.', categories: ['developer-tools'], source: { directory: 'ably.net/control' } },
  { slug: 'twitter', name: 'X (Twitter)', description: 'Post and read tweets, search, manage lists, likes, follows and direct messages on X.', categories: ['social'], source: { directory: 'twitter.com/current' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://twitter.com/i/oauth2/authorize', tokenUrl: 'https://api.twitter.com/2/oauth2/token', scopes: ['tweet.read', 'tweet.write', 'users.read', 'offline.access'], pkce: true, clientAuth: 'basic' }, { mode: 'bearer' }], developerConsole: 'https://developer.x.com/en/portal/projects-and-apps' },
  { slug: 'buffer', name: 'Buffer', description: 'Schedule and manage social media posts across profiles with Buffer.', categories: ['social', 'marketing'], source: { directory: 'bufferapp.com' }, oauth: { pkce: false }, developerConsole: 'https://buffer.com/developers/apps' },
  { slug: 'devto', name: 'DEV Community', description: 'Publish and read DEV (dev.to) articles, comments, followers and listings.', categories: ['content', 'social'], source: { directory: 'dev.to' } },
  { slug: 'stackexchange', name: 'Stack Exchange', description: 'Search Stack Overflow and other Stack Exchange questions, answers, users and tags.', categories: ['developer-tools', 'knowledge'], source: { directory: 'stackexchange.com' }, noAuth: true },

  // ---- CRM, sales and support ------------------------------------------------------------------
  { slug: 'salesloft', name: 'Salesloft', description: 'Manage Salesloft people, accounts, cadences, calls, emails and notes.', categories: ['crm', 'sales'], source: { directory: 'salesloft.com' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://accounts.salesloft.com/oauth/authorize', tokenUrl: 'https://accounts.salesloft.com/oauth/token', pkce: false }, { mode: 'bearer' }], developerConsole: 'https://accounts.salesloft.com/oauth/applications' },
  { slug: 'hubspotmarketing', name: 'HubSpot Marketing', description: 'Manage HubSpot marketing events, emails, forms and transactional email.', categories: ['marketing', 'crm'], source: { directory: 'hubapi.com/marketing' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://app.hubspot.com/oauth/authorize', tokenUrl: 'https://api.hubapi.com/oauth/v1/token', scopes: ['oauth', 'content'], pkce: false }, { mode: 'bearer' }], developerConsole: 'https://app.hubspot.com/developer' },
  { slug: 'hubspotfiles', name: 'HubSpot Files', description: 'Upload, search and manage files and folders in HubSpot.', categories: ['storage', 'crm'], source: { directory: 'hubapi.com/files' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://app.hubspot.com/oauth/authorize', tokenUrl: 'https://api.hubapi.com/oauth/v1/token', scopes: ['oauth', 'files'], pkce: false }, { mode: 'bearer' }], developerConsole: 'https://app.hubspot.com/developer' },
  { slug: 'hubspotautomation', name: 'HubSpot Automation', description: 'Manage HubSpot workflow custom actions, functions and callbacks.', categories: ['automation', 'crm'], source: { directory: 'hubapi.com/automation' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://app.hubspot.com/oauth/authorize', tokenUrl: 'https://api.hubapi.com/oauth/v1/token', scopes: ['oauth', 'automation'], pkce: false }, { mode: 'bearer' }], developerConsole: 'https://app.hubspot.com/developer' },
  { slug: 'pendo', name: 'Pendo Feedback', description: 'Read and manage Pendo Feedback features, customers and vendor users.', categories: ['analytics', 'product'], source: { directory: 'pendo.io' } },
  { slug: 'unicourt', name: 'UniCourt', description: 'Search court cases, parties, attorneys and dockets with UniCourt.', categories: ['legal'], source: { directory: 'unicourt.com' } },

  // ---- Payments, banking and accounting --------------------------------------------------------
  { slug: 'square', name: 'Square', description: 'Take payments and manage Square orders, customers, catalog, invoices and inventory.', categories: ['payments', 'commerce'], source: { directory: 'squareup.com' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://connect.squareup.com/oauth2/authorize', tokenUrl: 'https://connect.squareup.com/oauth2/token', scopes: ['PAYMENTS_READ', 'PAYMENTS_WRITE', 'ORDERS_READ', 'ORDERS_WRITE', 'CUSTOMERS_READ', 'CUSTOMERS_WRITE', 'ITEMS_READ'], pkce: true }, ...header('Authorization', 'Bearer ')], developerConsole: 'https://developer.squareup.com/apps' },
  { slug: 'xero', name: 'Xero', description: 'Manage Xero invoices, contacts, payments, bank transactions and accounts.', categories: ['accounting'], source: { directory: 'xero.com/xero_accounting' }, oauth: { scopes: ['offline_access', 'accounting.transactions', 'accounting.contacts', 'accounting.settings.read'], pkce: true }, developerConsole: 'https://developer.xero.com/app/manage' },
  { slug: 'xerofiles', name: 'Xero Files', description: 'Upload and manage files, folders and associations in Xero.', categories: ['accounting', 'storage'], source: { directory: 'xero.com/xero_files' }, oauth: { scopes: ['offline_access', 'files'], pkce: true }, developerConsole: 'https://developer.xero.com/app/manage' },
  { slug: 'xeroassets', name: 'Xero Assets', description: 'Manage fixed assets and asset types in Xero.', categories: ['accounting'], source: { directory: 'xero.com/xero_assets' }, oauth: { scopes: ['offline_access', 'assets'], pkce: true }, developerConsole: 'https://developer.xero.com/app/manage' },
  { slug: 'xeropayrollau', name: 'Xero Payroll (AU)', description: 'Manage Xero Payroll Australia employees, pay runs, timesheets and leave.', categories: ['accounting', 'hr'], source: { directory: 'xero.com/xero-payroll-au' }, oauth: { scopes: ['offline_access', 'payroll.employees', 'payroll.payruns', 'payroll.timesheets'], pkce: true }, developerConsole: 'https://developer.xero.com/app/manage' },
  { slug: 'codat', name: 'Codat Accounting', description: 'Read and write accounting data (invoices, bills, customers, journals) of connected businesses through Codat.', categories: ['accounting'], source: { directory: 'codat.io/accounting' }, auth: header('Authorization', 'Basic ') },
  { slug: 'adyencheckout', name: 'Adyen Checkout', description: 'Create Adyen payment sessions, payments, payment links and refunds.', categories: ['payments'], source: { directory: 'adyen.com/CheckoutService-v71' }, auth: header('X-API-Key'), connectHelp: 'Uses Adyen test; operators set toolkitBaseUrls.adyencheckout to the live endpoint.' },
  { slug: 'adyenmanagement', name: 'Adyen Management', description: 'Manage Adyen merchant accounts, stores, terminals, webhooks and users.', categories: ['payments', 'admin'], source: { directory: 'adyen.com/ManagementService-v3' }, auth: header('X-API-Key') },
  { slug: 'adyenbalanceplatform', name: 'Adyen Balance Platform', description: 'Manage Adyen balance platform account holders, balance accounts and payment instruments.', categories: ['payments', 'banking'], source: { directory: 'adyen.com/BalancePlatformService' }, auth: header('X-API-Key') },
  { slug: 'increase', name: 'Increase', description: 'Move money and manage Increase bank accounts, cards, transfers and transactions.', categories: ['banking', 'payments'], source: { directory: 'increase.com' } },
  { slug: 'fire', name: 'Fire Financial Services', description: 'Manage fire.com business accounts, payees, batches and transactions.', categories: ['banking', 'payments'], source: { directory: 'fire.com' } },
  { slug: 'gocardlessbankdata', name: 'GoCardless Bank Account Data', description: 'Connect bank accounts and read balances, details and transactions (formerly Nordigen).', categories: ['banking'], source: { directory: 'nordigen.com' } },
  { slug: 'upbank', name: 'Up Bank', description: 'Read Up bank accounts, transactions, categories and tags.', categories: ['banking'], source: { directory: 'up.com.au' } },

  // ---- Commerce ---------------------------------------------------------------------------------
  { slug: 'ebaybrowse', name: 'eBay Browse', description: 'Search eBay listings and read item details.', categories: ['commerce'], source: { directory: 'ebay.com/buy-browse' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://auth.ebay.com/oauth2/authorize', tokenUrl: 'https://api.ebay.com/identity/v1/oauth2/token', scopes: ['https://api.ebay.com/oauth/api_scope'], pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.ebay.com/my/keys' },
  { slug: 'ebayfulfillment', name: 'eBay Fulfillment', description: 'Read eBay seller orders, ship line items and handle payment disputes.', categories: ['commerce'], source: { directory: 'ebay.com/sell-fulfillment' }, baseUrl: 'https://api.ebay.com/sell/fulfillment/v1', auth: [{ mode: 'oauth2', authorizationUrl: 'https://auth.ebay.com/oauth2/authorize', tokenUrl: 'https://api.ebay.com/identity/v1/oauth2/token', scopes: ['https://api.ebay.com/oauth/api_scope/sell.fulfillment'], pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.ebay.com/my/keys' },
  { slug: 'ebayaccount', name: 'eBay Seller Account', description: 'Manage eBay seller policies: fulfillment, payment, return policies and programs.', categories: ['commerce'], source: { directory: 'ebay.com/sell-account' }, baseUrl: 'https://api.ebay.com/sell/account/v1', auth: [{ mode: 'oauth2', authorizationUrl: 'https://auth.ebay.com/oauth2/authorize', tokenUrl: 'https://api.ebay.com/identity/v1/oauth2/token', scopes: ['https://api.ebay.com/oauth/api_scope/sell.account'], pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.ebay.com/my/keys' },
  { slug: 'ebaymarketing', name: 'eBay Marketing', description: 'Run eBay promoted listings campaigns, ads and promotions.', categories: ['commerce', 'marketing'], source: { directory: 'ebay.com/sell-marketing' }, baseUrl: 'https://api.ebay.com/sell/marketing/v1', auth: [{ mode: 'oauth2', authorizationUrl: 'https://auth.ebay.com/oauth2/authorize', tokenUrl: 'https://api.ebay.com/identity/v1/oauth2/token', scopes: ['https://api.ebay.com/oauth/api_scope/sell.marketing'], pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.ebay.com/my/keys' },
  { slug: 'ebaytaxonomy', name: 'eBay Taxonomy', description: 'Look up eBay category trees, category suggestions and item aspects.', categories: ['commerce'], source: { directory: 'ebay.com/commerce-taxonomy' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://auth.ebay.com/oauth2/authorize', tokenUrl: 'https://api.ebay.com/identity/v1/oauth2/token', scopes: ['https://api.ebay.com/oauth/api_scope'], pkce: false, clientAuth: 'basic' }], developerConsole: 'https://developer.ebay.com/my/keys' },
  { slug: 'shipengine', name: 'ShipEngine', description: 'Create shipping labels, compare rates, track packages and validate addresses.', categories: ['commerce', 'shipping'], source: { directory: 'shipengine.com' } },

  // ---- Media, content and AI -------------------------------------------------------------------
  { slug: 'spotify', name: 'Spotify', description: 'Search Spotify, control playback and manage playlists, library and followed artists.', categories: ['media', 'music'], source: { directory: 'spotify.com' }, oauth: { scopes: ['user-read-playback-state', 'user-modify-playback-state', 'playlist-modify-private', 'playlist-read-private', 'user-library-read'], pkce: true }, developerConsole: 'https://developer.spotify.com/dashboard' },
  { slug: 'vimeo', name: 'Vimeo', description: 'Upload and manage Vimeo videos, showcases, folders and comments.', categories: ['media', 'video'], source: { directory: 'vimeo.com' }, auth: [{ mode: 'oauth2', authorizationUrl: 'https://api.vimeo.com/oauth/authorize', tokenUrl: 'https://api.vimeo.com/oauth/access_token', scopes: ['public', 'private', 'edit', 'upload'], pkce: false, clientAuth: 'basic' }, { mode: 'bearer' }], developerConsole: 'https://developer.vimeo.com/apps' },
  { slug: 'mux', name: 'Mux', description: 'Manage Mux video assets, live streams, playback IDs and data metrics.', categories: ['media', 'video'], source: { directory: 'mux.com' }, connectHelp: 'Username: access token id; password: secret key (Mux → Settings → Access Tokens).' },
  { slug: 'apivideo', name: 'api.video', description: 'Upload, host and stream videos and live streams with api.video.', categories: ['media', 'video'], source: { directory: 'api.video' } },
  { slug: 'soundcloud', name: 'SoundCloud', description: 'Search and manage SoundCloud tracks, playlists, likes and followings.', categories: ['media', 'music'], source: { directory: 'soundcloud.com' } },
  { slug: 'shutterstock', name: 'Shutterstock', description: 'Search and license Shutterstock images, videos and music.', categories: ['media', 'design'], source: { directory: 'shutterstock.com' }, oauth: { pkce: false }, developerConsole: 'https://www.shutterstock.com/account/developers/apps' },
  { slug: 'giphy', name: 'GIPHY', description: 'Search and fetch GIFs and stickers from GIPHY.', categories: ['media'], source: { directory: 'giphy.com' } },
  { slug: 'listennotes', name: 'Listen Notes', description: 'Search podcasts and episodes and fetch podcast metadata.', categories: ['media', 'search'], source: { directory: 'listennotes.com' }, auth: header('X-ListenAPI-Key') },
  { slug: 'rawg', name: 'RAWG', description: 'Search the RAWG video game database: games, platforms, genres and creators.', categories: ['media', 'entertainment'], source: { directory: 'rawg.io' }, auth: query('key') },
  { slug: 'tvmaze', name: 'TVmaze', description: 'Search TV shows, episodes, cast and schedules on TVmaze.', categories: ['media', 'entertainment'], source: { directory: 'tvmaze.com' }, noAuth: true },
  { slug: 'spoonacular', name: 'Spoonacular', description: 'Search recipes, ingredients, nutrition and meal plans.', categories: ['food'], source: { directory: 'spoonacular.com' } },
  { slug: 'openai', name: 'OpenAI', description: 'Call OpenAI models: completions, chat, embeddings, images, files and fine-tunes.', categories: ['ai'], source: { directory: 'openai.com' }, auth: bearer, connectHelp: 'Create an API key at https://platform.openai.com/api-keys.' },
  { slug: 'elevenlabs', name: 'ElevenLabs', description: 'Generate speech with ElevenLabs voices and manage voices, history and samples.', categories: ['ai', 'media'], source: { directory: 'elevenlabs.io' }, baseUrl: 'https://api.elevenlabs.io', auth: header('xi-api-key') },
  { slug: 'revai', name: 'Rev.ai', description: 'Transcribe audio with Rev.ai speech-to-text jobs and fetch transcripts.', categories: ['ai', 'media'], source: { directory: 'rev.ai' } },
  { slug: 'languagetool', name: 'LanguageTool', description: 'Check text for grammar, spelling and style issues with LanguageTool.', categories: ['language', 'productivity'], source: { directory: 'languagetool.org' }, noAuth: true },
  { slug: 'quotes', name: 'They Said So Quotes', description: 'Fetch quotes of the day, search quotes and manage quote collections.', categories: ['content'], source: { directory: 'quotes.rest' } },
  { slug: 'flat', name: 'Flat', description: 'Create and manage music scores, collections and classes on Flat.', categories: ['media', 'education'], source: { directory: 'flat.io' }, oauth: { pkce: false }, developerConsole: 'https://flat.io/developers/apps' },
  { slug: 'figshare', name: 'Figshare', description: 'Publish and manage research articles, datasets, collections and projects on Figshare.', categories: ['research', 'storage'], source: { directory: 'figshare.com' }, oauth: { pkce: false }, developerConsole: 'https://figshare.com/account/applications' },
  { slug: 'pandascore', name: 'PandaScore', description: 'Esports data: matches, tournaments, teams and players.', categories: ['sports', 'data'], source: { directory: 'pandascore.co' } },

  // ---- Maps, weather, analytics and data -------------------------------------------------------
  { slug: 'tomtom', name: 'TomTom Search', description: 'Search places and addresses, geocode and reverse-geocode with TomTom.', categories: ['maps'], source: { directory: 'tomtom.com/search' } },
  { slug: 'graphhopper', name: 'GraphHopper', description: 'Route planning, route optimisation, matrices, isochrones and geocoding.', categories: ['maps', 'logistics'], source: { directory: 'graphhopper.com' } },
  { slug: 'weatherbit', name: 'Weatherbit', description: 'Current weather, forecasts, history, air quality and alerts.', categories: ['weather'], source: { directory: 'weatherbit.io' }, auth: query('key') },
  { slug: 'visualcrossing', name: 'Visual Crossing Weather', description: 'Weather forecasts and history for any location and date range.', categories: ['weather'], source: { directory: 'visualcrossing.com/weather' }, auth: query('key') },
  { slug: 'polygon', name: 'Polygon.io', description: 'Stock, options, forex and crypto market data: aggregates, trades, quotes and reference data.', categories: ['finance', 'data'], source: { directory: 'polygon.io' } },
  { slug: 'botify', name: 'Botify', description: 'Run Botify SEO analyses, crawls and reports for projects.', categories: ['marketing', 'analytics'], source: { directory: 'botify.com' }, auth: header('Authorization', 'Token ') },
];
