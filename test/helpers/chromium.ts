/** Debian's Chromium driven by playwright-core (never a downloaded browser), a fresh profile each launch; fails with the install line when missing. */
import * as fs from "fs";
import { chromium, type Browser } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export async function launchChromium(): Promise<Browser> {
  const exe = CANDIDATES.find((p) => fs.existsSync(p));
  if (!exe) throw new Error("Chromium is missing: apt-get install -y --no-install-recommends chromium");
  return chromium.launch({
    executablePath: exe,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}
