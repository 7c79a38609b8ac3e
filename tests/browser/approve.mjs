#!/usr/bin/env node
// approve.mjs: plays the user in WordPress's "Authorize Application" page, in Debian's real
// Chromium, for Latchkey's browser approval test (tests/approval/tst_approval_browser.cpp).
//
//   node approve.mjs --approval-url URL [--action approve|reject] [--deliver PROGRAM]
//
// Logs in at the site's wp-login.php (user and login password from the environment:
// WP_LOGIN_USER, WP_LOGIN_PASSWORD; never from argv), opens URL (the
// .../wp-admin/authorize-application.php address Latchkey built), clicks #approve or #reject
// and captures the page's navigation to latchkey://... (headless Chromium has no handler for the
// scheme, so the navigation shows up as Page.frameRequestedNavigation, a request and a failed
// request, and goes nowhere).
//
// With --deliver PROGRAM the captured address is handed to `PROGRAM ADDRESS`, as the desktop
// runs `latchkey %u`, and this script exits with PROGRAM's exit status; nothing secret is
// printed. Without it the address is printed on stdout (one line) for the caller to use.
//
// Nothing leaves loopback: every host name except 127.0.0.1 fails to resolve.
// Exit status: 0 done, 2 usage, 3 the approval page refused the request (its message on
// stderr), 4 no navigation to latchkey:// within the time limit, 5 login failed, 6 other error.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const SCHEME = 'latchkey:';
const TIME_LIMIT_MS = 30_000;

function usage(message) {
    process.stderr.write(`approve.mjs: ${message}\n` +
        'usage: node approve.mjs --approval-url URL [--action approve|reject] [--deliver PROGRAM]\n');
    process.exit(2);
}

function parseArguments(argv) {
    const options = { action: 'approve', deliver: null, approvalUrl: null };
    for (let i = 0; i < argv.length; ++i) {
        const value = argv[i + 1];
        switch (argv[i]) {
        case '--approval-url': options.approvalUrl = value; ++i; break;
        case '--action': options.action = value; ++i; break;
        case '--deliver': options.deliver = value; ++i; break;
        default: usage(`unknown argument ${argv[i]}`);
        }
    }
    if (!options.approvalUrl)
        usage('--approval-url is required');
    if (options.action !== 'approve' && options.action !== 'reject')
        usage('--action is approve or reject');
    return options;
}

class Failure extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

// The address without its query (which may hold a password), for messages.
function redacted(address) {
    const cut = address.indexOf('?');
    return cut < 0 ? address : `${address.slice(0, cut)}?…`;
}

async function run(options) {
    const user = process.env.WP_LOGIN_USER;
    const password = process.env.WP_LOGIN_PASSWORD;
    if (!user || !password)
        usage('set WP_LOGIN_USER and WP_LOGIN_PASSWORD');
    const approvalUrl = new URL(options.approvalUrl);
    if (!approvalUrl.pathname.endsWith('/wp-admin/authorize-application.php'))
        usage('the approval URL must end in /wp-admin/authorize-application.php');
    const loginUrl = new URL('../wp-login.php', approvalUrl);
    loginUrl.search = '';

    const profile = mkdtempSync(join(tmpdir(), 'latchkey-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
            '--no-sandbox', // root in a container: the setuid sandbox cannot start
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        ],
    });
    try {
        const page = context.pages()[0] ?? await context.newPage();
        page.setDefaultTimeout(TIME_LIMIT_MS);

        // Three independent ways to see the navigation to the custom scheme; the first wins.
        let resolveCaptured;
        const captured = new Promise((resolve) => { resolveCaptured = resolve; });
        const offer = (address) => {
            if (typeof address === 'string' && address.toLowerCase().startsWith(SCHEME))
                resolveCaptured(address);
        };
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        cdp.on('Page.frameRequestedNavigation', (event) => offer(event.url));
        page.on('request', (request) => offer(request.url()));
        page.on('requestfailed', (request) => offer(request.url()));

        await page.goto(loginUrl.href);
        await page.fill('#user_login', user);
        await page.fill('#user_pass', password);
        await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
        if (new URL(page.url()).pathname.endsWith('/wp-login.php'))
            throw new Failure(5, `login as ${user} failed at ${loginUrl.href}`);

        await page.goto(approvalUrl.href);
        const button = `#${options.action}`;
        const found = await page.locator(button).count();
        if (found === 0) {
            // wp_die(): "Cannot Authorize Application" with WordPress's reason.
            const text = (await page.locator('body').innerText()).trim().replace(/\s+/g, ' ');
            throw new Failure(3, `the approval page refused: ${text.slice(0, 400)}`);
        }
        await page.click(button);

        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Failure(4,
                `no navigation to ${SCHEME}// within ${TIME_LIMIT_MS / 1000} s`)), TIME_LIMIT_MS);
        });
        // On 6.1 to 6.6 a duplicate app_name (and any other REST error) fails inside the page:
        // auth-app.js puts a div.notice-error with WordPress's message after the heading.
        const refused = page.locator('div.notice-error[role="alert"]').first()
            .waitFor({ state: 'visible', timeout: TIME_LIMIT_MS })
            .then(async () => {
                const text = (await page.locator('div.notice-error[role="alert"]').first()
                    .innerText()).trim();
                throw new Failure(3, `the approval page refused: ${text.slice(0, 400)}`);
            }, () => new Promise(() => {}));
        refused.catch(() => {}); // settles after the race only when something else won
        try {
            return await Promise.race([captured, timeout, refused]);
        } finally {
            clearTimeout(timer);
        }
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
}

function deliver(program, address) {
    return new Promise((resolve) => {
        const child = spawn(program, [address], { stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', (error) => {
            process.stderr.write(`approve.mjs: cannot run ${program}: ${error.message}\n`);
            resolve(6);
        });
        child.on('exit', (code, signal) => resolve(signal ? 6 : code));
    });
}

const options = parseArguments(process.argv.slice(2));
try {
    const address = await run(options);
    if (options.deliver) {
        process.stderr.write(`approve.mjs: captured ${redacted(address)}; handing it to ` +
            `${options.deliver}\n`);
        process.exitCode = await deliver(options.deliver, address);
    } else {
        process.stdout.write(`${address}\n`);
    }
} catch (error) {
    process.stderr.write(`approve.mjs: ${error.message}\n`);
    process.exitCode = error instanceof Failure ? error.status : 6;
}
