/** Where operators register an OAuth app for the built-in OAuth toolkits. */
export const VENDOR_CONSOLES: Record<string, string> = {
  github: 'https://github.com/settings/developers',
  gmail: 'https://console.cloud.google.com/apis/credentials',
  googlecalendar: 'https://console.cloud.google.com/apis/credentials',
  googledrive: 'https://console.cloud.google.com/apis/credentials',
  slack: 'https://api.slack.com/apps',
  notion: 'https://www.notion.so/profile/integrations',
  linear: 'https://linear.app/settings/api/applications/new',
};
