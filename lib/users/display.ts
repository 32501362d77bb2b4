/** How a person is named on screen: their display name, else their address (never blank). Server and browser. */
export const personName = (p: { display_name?: string | null; email?: string | null }) => p.display_name || p.email || 'Someone';
