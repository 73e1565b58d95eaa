/** Run async work with stderr captured (the CLI writes progress and messages there). */
import { main } from "../../src/cli/main";

export async function captureStderr<T>(fn: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  let stderr = "";
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    stderr += String(s);
    return true;
  });
  try {
    return { value: await fn(), stderr };
  } finally {
    spy.mockRestore();
  }
}

/** `duban ARGS…` in this process: exit code and stderr. */
export async function runMain(args: string[]): Promise<{ code: number; stderr: string }> {
  const { value, stderr } = await captureStderr(() => main(["node", "duban", ...args]));
  return { code: value, stderr };
}
