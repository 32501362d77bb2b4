import type { NextRequest, NextResponse } from 'next/server';
import { createAmplifyContext, type AmplifyContext } from 'aws-amplify';
import {
  createAWSCredentialsAndIdentityIdProvider,
  createKeyValueStorageFromCookieStorageAdapter,
  createUserPoolsTokenProvider,
  type CookieStorage,
} from 'aws-amplify/adapter-core';
import { fetchAuthSession } from 'aws-amplify/auth/server';
import { amplifyConfig } from './config';
import { encodeCookieName } from './cookies';
import { isGenuineToken } from './verify';

/**
 * Runs Amplify's server-side auth APIs against the request's Cognito cookies, like @aws-amplify/adapter-nextjs's
 * `runWithAmplifyServerContext`, and from the same aws-amplify/adapter-core parts.
 *
 * Why not the adapter's createServerRunner: adapter-nextjs 1.8 validates the cookie tokens with
 * `CognitoJwtVerifier.create({ userPoolId })`, which hard-codes the AWS issuer and JWKS URL. Any other issuer
 * (the local Cognito) is silently treated as "no tokens", so the session could never be read or refreshed
 * locally. Here the validator is our own verifier, configured by COGNITO_ISSUER / COGNITO_JWKS_URL, so the
 * same code reads real and local Cognito sessions.
 */
export interface MiddlewareServerContext {
  request: NextRequest;
  response: NextResponse;
}

function cookieAdapter({ request, response }: MiddlewareServerContext): CookieStorage.Adapter {
  return {
    get: (name) => request.cookies.get(encodeCookieName(name)),
    getAll: () => request.cookies.getAll(),
    set: (name, value, options) => {
      response.cookies.set(encodeCookieName(name), value, options);
    },
    delete: (name) => {
      response.cookies.delete(encodeCookieName(name));
    },
  };
}

export async function runWithAmplifyServerContext<T>({
  nextServerContext,
  operation,
}: {
  nextServerContext: MiddlewareServerContext;
  operation: (contextSpec: AmplifyContext) => T | Promise<T>;
}): Promise<T> {
  const config = amplifyConfig();
  const secure = nextServerContext.request.nextUrl.protocol === 'https:';
  const storage = createKeyValueStorageFromCookieStorageAdapter(
    cookieAdapter(nextServerContext),
    {
      getItem: async (key, value) => {
        if (key.endsWith('.idToken')) return isGenuineToken(value, 'id');
        if (key.endsWith('.accessToken')) return isGenuineToken(value, 'access');
        return true;
      },
    },
    // Not httpOnly on purpose: the browser's Amplify reads and refreshes the same cookies.
    { sameSite: 'lax', secure, path: '/' },
  );
  const authConfig = config.Auth!;
  const context = createAmplifyContext(config, {
    Auth: {
      tokenProvider: createUserPoolsTokenProvider(authConfig, storage),
      credentialsProvider: createAWSCredentialsAndIdentityIdProvider(authConfig, storage),
    },
  });
  return operation(context);
}

/**
 * Refreshes an expired session with the refresh token (Cognito GetTokensFromRefreshToken, via Amplify), writing
 * the new token cookies onto `response`. Returns the new ID token, or undefined when the refresh token is no
 * longer honoured (revoked by a global sign-out, expired) — then the user must sign in again.
 */
export async function refreshSession(context: MiddlewareServerContext): Promise<string | undefined> {
  try {
    const session = await runWithAmplifyServerContext({
      nextServerContext: context,
      operation: (spec) => fetchAuthSession(spec),
    });
    return session.tokens?.idToken?.toString();
  } catch {
    return undefined;
  }
}
