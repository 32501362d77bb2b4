// Words and proportions for realistic reports. Each report starts from a hidden true cause; the shape, colour,
// motion and sound follow from it, and the recorded outcome reveals it once the case is resolved — so the demo
// data has the correlations an analyst expects (Starlink trains are "formations", planets "hover" for hours...).

export const CAUSES = ['starlink', 'aircraft', 'satellite', 'planet_star', 'balloon', 'drone', 'bird', 'weather', 'hoax', 'unexplained'] as const;
export type Cause = (typeof CAUSES)[number];

export interface CauseProfile {
  weight: number;
  shapes: readonly (readonly [string, number])[];
  colors: readonly string[];
  motions: readonly string[];
  sounds: readonly string[];
  /** Median sighting length in seconds. */
  durationMedianS: number;
}

const SILENT = ['There was no sound at all.', 'It was completely silent.', 'I could not hear anything over the traffic.'];

export const CAUSE_PROFILES: Record<Cause, CauseProfile> = {
  starlink: {
    weight: 16,
    shapes: [['formation', 8], ['light', 2], ['star-like', 1]],
    colors: ['white', 'pale white', 'silver'],
    motions: ['A string of lights followed each other in a perfectly straight line.', 'Around twenty evenly spaced dots crossed the sky one after another.', 'The lights moved in single file and faded one by one.'],
    sounds: SILENT,
    durationMedianS: 240,
  },
  aircraft: {
    weight: 18,
    shapes: [['light', 4], ['triangle', 2], ['cigar', 1], ['cylinder', 1], ['flash', 1]],
    colors: ['white', 'red', 'green', 'red and white', 'blinking red'],
    motions: ['It moved steadily across the sky, faster than a satellite.', 'It banked slowly and turned back the way it came.', 'It flew low with lights blinking in a regular pattern.'],
    sounds: ['A faint engine rumble came a few seconds later.', 'We heard a low roar after it passed.', ...SILENT],
    durationMedianS: 120,
  },
  satellite: {
    weight: 9,
    shapes: [['light', 6], ['star-like', 3], ['flash', 1]],
    colors: ['white', 'steady white', 'yellowish'],
    motions: ['A steady point of light crossed from one horizon towards the other without blinking.', 'It flared brightly for a few seconds, then dimmed and disappeared.', 'It moved in a smooth arc and faded out overhead.'],
    sounds: SILENT,
    durationMedianS: 180,
  },
  planet_star: {
    weight: 12,
    shapes: [['light', 4], ['star-like', 4], ['orb', 2]],
    colors: ['bright white', 'twinkling', 'yellow', 'red-orange', 'shifting colours'],
    motions: ['It stayed in the same spot for the whole time, flickering in different colours.', 'It hovered low above the horizon and slowly sank out of sight.', 'It seemed to jump around when I looked at it through binoculars.'],
    sounds: SILENT,
    durationMedianS: 1800,
  },
  balloon: {
    weight: 9,
    shapes: [['orb', 5], ['sphere', 3], ['fireball', 2], ['formation', 1]],
    colors: ['orange', 'flickering orange', 'red', 'amber'],
    motions: ['It drifted slowly with the wind, rising as it went.', 'Several orange lights rose one after another and drifted away together.', 'It flickered like a flame and eventually went dark.'],
    sounds: SILENT,
    durationMedianS: 420,
  },
  drone: {
    weight: 11,
    shapes: [['light', 3], ['diamond', 2], ['cross', 1], ['orb', 1], ['rectangle', 1]],
    colors: ['red and green', 'white', 'blue', 'flashing white'],
    motions: ['It hovered, darted sideways, then hovered again.', 'It climbed straight up and hung there above the houses.', 'It followed the road at rooftop height before turning away.'],
    sounds: ['A high-pitched buzz was audible when it came closer.', 'We could hear a faint whine.', ...SILENT],
    durationMedianS: 300,
  },
  bird: {
    weight: 4,
    shapes: [['formation', 4], ['chevron', 3], ['changing', 2]],
    colors: ['pale', 'white', 'greyish', 'lit from below'],
    motions: ['A loose V of faint shapes passed overhead quickly.', 'The shapes glided in formation, lit by the city lights.', 'The formation changed shape as it moved.'],
    sounds: SILENT,
    durationMedianS: 20,
  },
  weather: {
    weight: 5,
    shapes: [['flash', 4], ['changing', 3], ['orb', 1], ['other', 1]],
    colors: ['blue-white', 'green', 'purple', 'bright white'],
    motions: ['Flashes lit up the clouds from inside without any thunder.', 'A glowing patch hung below the clouds and spread out.', 'A ball of light seemed to bounce along the cloud base.'],
    sounds: ['A distant rumble followed.', ...SILENT],
    durationMedianS: 60,
  },
  hoax: {
    weight: 3,
    shapes: [['disc', 4], ['triangle', 2], ['cigar', 1], ['tic-tac', 1]],
    colors: ['metallic', 'silver', 'glowing blue', 'bright green'],
    motions: ['It shot off at incredible speed and made a right-angle turn.', 'It landed in the field and three figures got out.', 'It split into two and both halves vanished.'],
    sounds: ['It made a pulsing electronic sound.', ...SILENT],
    durationMedianS: 90,
  },
  unexplained: {
    weight: 13,
    shapes: [['orb', 3], ['triangle', 2], ['disc', 2], ['tic-tac', 2], ['cylinder', 1], ['oval', 2], ['light', 3], ['changing', 1], ['other', 1]],
    colors: ['white', 'orange', 'metallic', 'dark', 'glowing', 'red'],
    motions: ['It hovered without moving, then accelerated away faster than anything I have seen.', 'It moved against the wind, stopped, and moved again in a zig-zag.', 'It kept a steady altitude and then simply was not there any more.'],
    sounds: ['There was a low hum I could feel more than hear.', ...SILENT],
    durationMedianS: 150,
  },
};

export const SHAPE_LABELS: Record<string, string> = {
  formation: 'formation of lights',
  light: 'light',
  'star-like': 'star-like light',
  triangle: 'triangle',
  cigar: 'cigar-shaped object',
  cylinder: 'cylinder',
  flash: 'flash',
  orb: 'orb',
  sphere: 'sphere',
  fireball: 'fireball',
  diamond: 'diamond-shaped light',
  cross: 'cross-shaped object',
  rectangle: 'rectangle',
  chevron: 'chevron',
  changing: 'shape-shifting light',
  disc: 'disc',
  'tic-tac': 'tic-tac object',
  oval: 'oval',
  other: 'object',
};

export const WITNESSES = ['I', 'My partner and I', 'Two of us', 'My kids and I', 'A group of neighbours and I', 'My colleague and I', 'Several people at the campsite'];
export const NOTICING = ['noticed', 'saw', 'watched', 'spotted', 'filmed'];
export const DIRECTIONS = ['low over the western horizon', 'high in the southern sky', 'above the trees to the north', 'over the lake', 'near the motorway', 'above the harbour', 'directly overhead', 'over the hills to the east', 'above the stadium', 'over the airport approach path'];
export const CONDITIONS = ['The sky was clear.', 'There were thin high clouds.', 'It was a clear, cold night with no moon.', 'Light haze, a few stars visible.', 'Broken clouds and a bright moon.', 'It had just stopped raining.'];
export const EVIDENCE = ['I filmed part of it on my phone.', 'I took a few photos, which are attached.', 'My doorbell camera recorded it as well.', 'I only managed one blurry photo.'];
export const TITLE_PREPOSITIONS = ['over', 'near', 'above', 'seen from'];

export const SOURCES = [['web', 40], ['app', 35], ['email', 8], ['phone', 4], ['import', 13]] as const;
export const PRECISIONS = [['second', 15], ['minute', 55], ['hour', 15], ['day', 10], ['month', 4], ['year', 1]] as const;
export const STATUSES = [['new', 18], ['triage', 17], ['investigating', 15], ['resolved', 38], ['archived', 12]] as const;
export const CONFIDENCES = [['possible', 25], ['probable', 50], ['certain', 25]] as const;

export const DEVICES = ['iPhone 15 Pro', 'iPhone 13', 'Pixel 8', 'Galaxy S23', 'Sony A7S III + 200mm', 'DJI Mavic 3', 'Nest SkyCam #2', 'Nest SkyCam #7', 'Thermal FLIR E8', 'Dashcam Viofo A129'];
export const SHOOT_NOTES = ['Handheld, some shake.', 'Tripod, manual focus at infinity.', 'Shot through a window, reflections possible.', 'Night mode, long exposure.', 'Zoomed 10x digitally.', ''];
export const SPOKEN_LINES = [
  "Okay, it's right there above the trees.",
  "Can you see it? It's not blinking.",
  "Now it's moving to the left, slowly.",
  "That's not a plane, there's no sound.",
  'Zoom in, zoom in on it.',
  "It's getting brighter.",
  "There's another one behind it.",
  "It's gone. It just faded out.",
  "I've never seen anything like that.",
  'What time is it? Note the time.',
];

export const SENSORS = ['magnetometer', 'ambient_light', 'weather', 'adsb', 'radiation'] as const;

export const STAFF_NAMES = [
  'Jordan Reyes', 'Priya Natarajan', 'Tomás Silva', 'Hannah Berg', 'Kwame Mensah', 'Lena Fischer', 'Marcus Lee', 'Aiko Tanaka',
  'Sofia Rossi', 'Daniel Okafor', 'Emma Lindqvist', 'Noah Carter', 'Isabel Duarte', 'Omar Haddad',
];
export const PUBLIC_NAMES = [
  'Chris Walker', 'Pat Morgan', 'Alex Kim', 'Jamie Fox', 'Taylor Brooks', 'Morgan Price', 'Casey Quinn', 'Drew Palmer', 'Robin Hale',
  'Jessie Lane', 'Sky Turner', 'Avery Stone', 'Kai Rivers', 'Rowan Ellis', 'Quinn Harper', 'Reese Nolan', 'Blake Marsh', 'Cameron Vale',
  'Dana Frost', 'Elliot Shaw', 'Frankie Moss', 'Harley Dunn', 'Jules Archer', 'Logan Pike',
];
export const TEAMS = [
  { name: 'Field Investigations', description: 'Witness interviews and site visits.' },
  { name: 'Imagery Analysis', description: 'Photo and video forensics, star fields, satellite passes.' },
  { name: 'Aviation Correlation', description: 'ADS-B, flight plans and airspace checks.' },
];
export const LIST_NAMES = [
  'Starlink trains', 'Needs imagery review', 'Press enquiries', 'Backlog this quarter', 'Coastal sightings', 'Follow up with witness',
  'Best evidence', 'Possible drones near airports', 'Orange orbs (lanterns?)', 'Interview scheduled', 'Candidates for the monthly report',
];
export const LIST_NOTES = ['', '', 'Check against the Starlink schedule.', 'Witness available on weekends.', 'Strong video.', 'Compare with the report from the day before.', 'ADS-B shows nothing nearby.'];
