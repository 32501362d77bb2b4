// satellite.js 5 does not type its internal initialiser, which we call to build a satrec from OMM elements
// without going through TLE text (and its rounding).
declare module 'satellite.js/lib/propagation/sgp4init' {
  import type { SatRec } from 'satellite.js';
  interface Sgp4InitOptions {
    opsmode: 'a' | 'i';
    satn: string;
    epoch: number;
    xbstar: number;
    xecco: number;
    xargpo: number;
    xinclo: number;
    xmo: number;
    xno: number;
    xnodeo: number;
  }
  const sgp4init: { default: (satrec: SatRec, options: Sgp4InitOptions) => void } | ((satrec: SatRec, options: Sgp4InitOptions) => void);
  export = sgp4init;
}
