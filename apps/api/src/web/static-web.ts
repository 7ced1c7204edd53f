import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Paths the server answers itself; never the web app, never its index.html. */
const SERVER_PATHS = /^\/(graphql|auth|health|metrics|reports|transfer)(\/|$)|^\/health/;

/** Hashed file names change with their content, so a browser may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Safeguarding ledger</title></head>
<body><h1>The web app is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload this page.
The GraphQL API is at <a href="/graphql">/graphql</a>.</p></body></html>
`;

/** The directory holding this package's package.json, found from this file (src or dist). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the API');
    dir = parent;
  }
  return dir;
}

/** Where the built web app is: WEB_ROOT, else dist/web in the package. */
export function webRootOf(configured: string | undefined): string {
  return configured ?? join(packageRoot(), 'dist', 'web');
}

/**
 * Serves the built web app: files under /assets/ cached for a year (hashed names), index.html
 * never cached, and any other page a browser asks for answered with index.html so client-side
 * routes load. The server's own paths are left alone.
 */
export function webApp(root: string) {
  const index = join(root, 'index.html');
  const files = express.static(root, {
    index: false,
    fallthrough: true,
    cacheControl: false,
    setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(root, 'assets')) ? IMMUTABLE : 'no-cache'),
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    files(req, res, () => {
      if (req.path.startsWith('/assets/') || !(req.headers.accept ?? '').includes('text/html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      if (!existsSync(index)) {
        res.status(200).type('html').send(NOT_BUILT);
        return;
      }
      res.sendFile(index, { cacheControl: false, lastModified: true }, (error) => error && next(error));
    });
  };
}
