// A real OpenID Connect provider (oidc-provider) on loopback for the "Sign in with OpenID
// Connect" tests, so Parlour's client is checked against a conforming server rather than
// against a mock written to agree with it.
//
//   node tests/oidc/provider.mjs CONFIG.json
//
// CONFIG.json:
//   {"clients":  [{"client_id": "customers", "client_secret": "…",
//                  "redirect_uris": ["http://127.0.0.1:5555/auth/shop/callback"],
//                  "post_logout_redirect_uris": ["http://127.0.0.1:5555/"]}],
//    "accounts": {"tom-sub": {"preferred_username": "tom", "email": "tom@example.com",
//                             "email_verified": true, "groups": ["moderators"]}}}
// Each account's key is its `sub`. Clients are confidential (client_secret_basic and
// client_secret_post both accepted), use the code flow and must send PKCE (S256).
//
// It listens on a free port of 127.0.0.1, prints exactly one line on stdout,
// `listening http://127.0.0.1:PORT` (that URL is the issuer), and runs until killed.
// Everything else it has to say goes to stderr.
//
// How a test signs in, over plain HTTP with a cookie jar, like a browser:
//   1. GET the authorization URL (scope openid email profile, state, nonce,
//      code_challenge + code_challenge_method=S256) → 303 to /interaction/UID.
//   2. GET /interaction/UID → the login page. POST /interaction/UID (form-urlencoded)
//      prompt=login&login=LOGIN&password=anything → 303 to /auth/UID → 303 to /interaction/UID2.
//      LOGIN is an account's key (its sub) or its preferred_username; the password is not
//      checked. Any other LOGIN gets 303 back to /interaction/UID, the same login page.
//   3. GET /interaction/UID2 → the consent page. POST /interaction/UID2 prompt=consent
//      → 303 to /auth/UID2 → 303 to redirect_uri?code=…&state=…&iss=….
//   To be sent back with ?error=access_denied&error_description=End-User%20aborted%20interaction
//   instead, GET /interaction/UID/abort (the pages' "[ Cancel ]" link) at step 2 or 3.
//   The token endpoint then returns an ID token that carries preferred_username, email,
//   email_verified and groups itself (scope profile or groups brings `groups`).
//   Signing in again with the same cookie jar skips both pages (303 straight back with a code).
//
// Signing out (RP-initiated logout): GET /session/end?client_id=…&post_logout_redirect_uri=…
// &state=… (or id_token_hint=… instead of client_id) → a confirmation page whose form
// posts to /session/end/confirm. POST /session/end/confirm xsrf=VALUE_FROM_THE_PAGE&logout=yes
// → 303 to post_logout_redirect_uri?state=…. Without a provider session the page is a form
// that submits itself with those same fields.
//
// Test controls, outside the provider's routes:
//   POST /__test/account {"sub": S, "claims": {...}}  changes an account's claims.
//   POST /__test/next-id-token {"mode": M}  the next successful token response carries a
//     forged id_token instead of the real one, then the mode resets. M is one of
//     tampered        the real token with one character of its signature changed
//     other-audience  aud "someone-else", signed with the provider's key
//     expired         iat and exp two and one hours ago, provider's key
//     wrong-nonce     nonce "not-the-one", provider's key
//     wrong-issuer    iss "http://127.0.0.1:1/elsewhere", provider's key
//     other-key       same claims signed by a fresh key that is not in the JWKS, same kid
//     real            clear a pending mode

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { format } from 'node:util';

// oidc-provider prints quick-start notices with console.info, which would land on stdout
// next to the one line the tests read, and warns about things this fixture does on purpose
// (development login pages, memory storage, Node 20). Drop those; send the rest to stderr.
const expected = [
  /^oidc-provider NOTICE: /,
  /^oidc-provider WARNING: a quick start development-only feature devInteractions/,
  /^oidc-provider WARNING: a quick start development-only in-memory adapter/,
  /^oidc-provider WARNING: Unsupported runtime/,
];
const toStderr = (...args) => {
  const text = format(...args);
  const plain = text.replace(/\x1b\[[0-9;]*m/g, ''); // coloured when stderr is a terminal
  if (!expected.some((re) => re.test(plain))) process.stderr.write(`${text}\n`);
};
console.info = toStderr;
console.log = toStderr;
console.warn = toStderr;

// Imported only now, because the notices above are printed while the modules load.
const { default: Provider } = await import('oidc-provider');
const jose = await import('jose');

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: node provider.mjs CONFIG.json\n');
  process.exit(2);
}
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const accounts = config.accounts ?? {};

// The signing key is made here rather than by oidc-provider so the forger below can sign
// with exactly the key the provider publishes.
const kid = 'parlour-test';
const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };

// Bind first: the issuer has to name the port, and port 0 lets the system pick a free one.
const server = http.createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: (config.clients ?? []).map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...client,
  })),
  clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
  pkce: { required: () => true },
  jwks: { keys: [signingJwk] },
  // Signed cookies without the Secure flag (the provider only sets it on https requests).
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  scopes: ['openid'],
  // Each key is a scope; asking for it brings these claims. `groups` comes with either
  // `profile` or its own `groups` scope.
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['preferred_username', 'name', 'nickname', 'picture', 'locale', 'groups'],
    groups: ['groups'],
  },
  // Put the scopes' claims in the ID token itself, not only at the userinfo endpoint.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    userinfo: { enabled: true },
  },
  // Only the accounts of the config exist (the login form is checked in the middleware
  // below too).
  async findAccount(_ctx, sub) {
    if (!Object.hasOwn(accounts, sub)) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { ...accounts[sub], sub };
      },
    };
  },
  ttl: {
    AccessToken: 3600,
    AuthorizationCode: 60,
    Grant: 3600,
    IdToken: 3600,
    Interaction: 3600,
    Session: 3600,
  },
});
provider.proxy = false;

provider.on('server_error', (_ctx, err) => {
  process.stderr.write(`oidc-provider server_error: ${err.stack ?? err}\n`);
});
for (const event of ['authorization.error', 'grant.error', 'end_session.error', 'userinfo.error']) {
  provider.on(event, (_ctx, err) => {
    process.stderr.write(`oidc-provider ${event}: ${err.message} ${err.error_description ?? ''}\n`);
  });
}

// Forged ID tokens for the tests that check Parlour refuses them.
const modes = new Set(['tampered', 'other-audience', 'expired', 'wrong-nonce', 'wrong-issuer', 'other-key']);
let nextMode = null;

async function forge(idToken, mode) {
  if (mode === 'tampered') {
    const [header, payload, signature] = idToken.split('.');
    // The first character, not the last: the last one's low bits are padding.
    const first = signature[0] === 'A' ? 'B' : 'A';
    return `${header}.${payload}.${first}${signature.slice(1)}`;
  }
  const header = jose.decodeProtectedHeader(idToken);
  const claims = jose.decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  let key = privateKey;
  switch (mode) {
    case 'other-audience':
      claims.aud = 'someone-else';
      break;
    case 'expired':
      claims.iat = now - 7200;
      claims.exp = now - 3600;
      if (claims.auth_time) claims.auth_time = now - 7200;
      break;
    case 'wrong-nonce':
      claims.nonce = 'not-the-one';
      break;
    case 'wrong-issuer':
      claims.iss = 'http://127.0.0.1:1/elsewhere';
      break;
    case 'other-key':
      ({ privateKey: key } = await jose.generateKeyPair('RS256'));
      break;
    default:
      throw new Error(`unknown mode ${mode}`);
  }
  return new jose.SignJWT(claims).setProtectedHeader(header).sign(key);
}

async function readText(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req) {
  const text = await readText(req);
  return text ? JSON.parse(text) : {};
}

// The login form takes an account's key (its sub) or its preferred_username.
function accountFor(login) {
  if (Object.hasOwn(accounts, login)) return login;
  const found = Object.entries(accounts).filter(([, a]) => a.preferred_username === login);
  return found.length === 1 ? found[0][0] : undefined;
}

provider.use(async (ctx, next) => {
  if (ctx.path === '/__test/next-id-token') {
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    let mode;
    try {
      ({ mode } = await readJson(ctx.req));
    } catch {
      ctx.status = 400;
      ctx.body = { error: 'body must be JSON' };
      return;
    }
    if (mode === 'real' || mode === null) {
      nextMode = null;
    } else if (modes.has(mode)) {
      nextMode = mode;
    } else {
      ctx.status = 400;
      ctx.body = { error: `mode must be one of: real, ${[...modes].join(', ')}` };
      return;
    }
    ctx.body = { mode: nextMode ?? 'real' };
    return;
  }
  if (ctx.path === '/__test/account' && ctx.method === 'POST') {
    // {"sub": S, "claims": {...}}: the account's claims from now on (a directory change,
    // such as a leaver removed from a group).
    let body;
    try {
      body = await readJson(ctx.req);
    } catch {
      ctx.status = 400;
      return;
    }
    if (!Object.hasOwn(accounts, body.sub ?? '')) {
      ctx.status = 404;
      return;
    }
    accounts[body.sub] = { ...accounts[body.sub], ...body.claims };
    ctx.body = { sub: body.sub };
    return;
  }
  if (ctx.path.startsWith('/__test/')) {
    ctx.status = 404;
    return;
  }

  // The development login form takes any name as the account id and the provider only
  // fails later, with a server error. Check the name here instead: an unknown one gets the
  // login page again, as a wrong password would; a known one finishes the login exactly as
  // the development form does. Consent submissions go through untouched.
  if (ctx.method === 'POST' && /^\/interaction\/[^/]+$/.test(ctx.path)) {
    const details = await provider.interactionDetails(ctx.req, ctx.res).catch(() => undefined);
    if (details?.prompt.name === 'login') {
      const form = new URLSearchParams(await readText(ctx.req));
      const sub = accountFor(form.get('login') ?? '');
      ctx.set('cache-control', 'no-store');
      if (sub === undefined) {
        ctx.status = 303;
        ctx.set('location', ctx.path);
        return;
      }
      await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: sub } }, {
        mergeWithLastSubmission: false,
      });
      ctx.respond = false;
      return;
    }
  }

  await next();

  if (nextMode && ctx.method === 'POST' && ctx.path === '/token' && ctx.status === 200
      && typeof ctx.body?.id_token === 'string') {
    const mode = nextMode;
    nextMode = null;
    ctx.body = { ...ctx.body, id_token: await forge(ctx.body.id_token, mode) };
  }
});

// Static clients are only checked when first used; check them now so that a mistake in the
// config stops the fixture with the reason instead of failing a sign-in later.
for (const { client_id: clientId } of config.clients ?? []) {
  await provider.Client.find(clientId);
}

server.on('request', provider.callback());
process.stdout.write(`listening ${issuer}\n`);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => process.exit(0));
}
