// The organisation the local GitHub stand-in serves: shaped like the one the current platform reads (the
// phenom-earth organisation, whose INT team gates internal tools), with nested teams, maintainers (what the
// dashboard calls leads), a member in several teams and a team with no one in it yet, so every case a screen has to
// show is there. Logins and ids are made up; ids are in GitHub's ranges.

export interface SampleOrg {
  login: string;
  id: number;
  installationId: number;
  members: { login: string; id: number }[];
  teams: {
    id: number;
    slug: string;
    name: string;
    description: string | null;
    privacy: 'closed' | 'secret';
    parent?: string;
    /** login → role on the team. */
    members: Record<string, 'maintainer' | 'member'>;
  }[];
}

export const SAMPLE_ORG: SampleOrg = {
  login: 'phenom-earth',
  id: 98_765_432,
  installationId: 51_234_567,
  members: [
    { login: 'avery-ops', id: 41_230_017 },
    { login: 'sam-skywatch', id: 52_871_903 },
    { login: 'riley-fieldwork', id: 60_114_288 },
    { login: 'noor-imaging', id: 73_902_551 },
    { login: 'tomas-radar', id: 80_447_126 },
    { login: 'kiri-astro', id: 91_305_764 },
  ],
  teams: [
    {
      id: 9_812_001,
      slug: 'int',
      name: 'INT',
      description: 'Internal: everyone who works in N.E.S.T.',
      privacy: 'closed',
      members: { 'avery-ops': 'maintainer', 'sam-skywatch': 'member', 'riley-fieldwork': 'member', 'noor-imaging': 'member', 'tomas-radar': 'member', 'kiri-astro': 'member' },
    },
    {
      id: 9_812_014,
      slug: 'field-investigations',
      name: 'Field Investigations',
      description: 'Witness interviews and site visits',
      privacy: 'closed',
      parent: 'int',
      members: { 'riley-fieldwork': 'maintainer', 'sam-skywatch': 'member' },
    },
    {
      id: 9_812_027,
      slug: 'imagery-analysis',
      name: 'Imagery Analysis',
      description: 'Photo and video forensics, star fields, satellite passes',
      privacy: 'closed',
      parent: 'int',
      members: { 'noor-imaging': 'maintainer', 'kiri-astro': 'maintainer', 'sam-skywatch': 'member' },
    },
    {
      id: 9_812_033,
      slug: 'radar-and-adsb',
      name: 'Radar & ADS-B',
      description: null,
      privacy: 'secret',
      parent: 'int',
      members: { 'tomas-radar': 'member' },
    },
    { id: 9_812_040, slug: 'night-shift', name: 'Night Shift', description: 'Rota for live reports after 22:00 UTC', privacy: 'closed', members: {} },
  ],
};
