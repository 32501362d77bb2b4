import type { ResourcesConfig } from 'aws-amplify';
import { serverEnv } from '@/lib/env';

/** Everything needed to check a Cognito token; tests build one by hand, the app derives it from the env. */
export interface TokenVerifierConfig {
  issuer: string;
  clientId: string;
  jwksUrl: string;
}

/** The group every staff member is in; without it a signed-in person sees only /no-access. */
export const STAFF_GROUP = 'nest-access';
export const ADMIN_GROUP = 'nest-admin';

export function tokenVerifierConfig(): TokenVerifierConfig {
  const env = serverEnv();
  return { issuer: env.cognitoIssuer, clientId: env.COGNITO_CLIENT_ID, jwksUrl: env.cognitoJwksUrl };
}

/**
 * The Amplify config for both the browser (handed to <AmplifyProvider> by the root layout) and the server
 * runner. It holds only public identifiers. `userPoolEndpoint` is set only for a non-AWS Cognito (the local
 * stack), so the same browser code talks SRP to whichever pool the server is configured for.
 */
export function amplifyConfig(): ResourcesConfig {
  const env = serverEnv();
  return {
    Auth: {
      Cognito: {
        userPoolId: env.COGNITO_USER_POOL_ID,
        userPoolClientId: env.COGNITO_CLIENT_ID,
        ...(env.COGNITO_ENDPOINT ? { userPoolEndpoint: env.COGNITO_ENDPOINT } : {}),
      },
    },
  };
}
