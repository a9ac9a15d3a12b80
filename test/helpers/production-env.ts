/** The least environment `loadConfig` accepts in production; tests spread it and add their own. */
export const PRODUCTION_ENV = {
  TEMPEST_ENV: 'production',
  TEMPEST_HOSTNAME: 'pds.example.com',
  TEMPEST_PUBLIC_URL: 'https://pds.example.com',
  TEMPEST_DATA_DIR: '/var/lib/tempest',
  SECRET_KEY_BASE: 'a'.repeat(64),
}
