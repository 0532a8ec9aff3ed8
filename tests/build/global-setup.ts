/**
 * Builds every test site once per `vitest run`, before any test reads it.
 * The build and browser projects share this setup; the environment marker
 * keeps the second project from building again.
 */
import { buildSite, prepareFixtureSites, prepareImportedSite, sites, type SiteName } from './sites.ts';

const MARKER = 'TUONGMAI_TEST_SITES_BUILT';

export default async function setup(): Promise<void> {
  if (process.env[MARKER]) return;
  await prepareFixtureSites();
  prepareImportedSite();
  // One build at a time: the machines have two cores and each build uses both.
  for (const name of Object.keys(sites) as SiteName[]) await buildSite(name);
  process.env[MARKER] = '1';
}
