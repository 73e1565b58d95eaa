/**
 * The task pane's first page: parse a plan pasted or chosen as a text file, show the summary and offer
 * the Plan JSON. Works in a plain browser; inside Excel the same page runs in the task pane.
 * (The React + Fluent UI pane and the Office.js writer come with the add-in issue.)
 */
import { parsePlan } from "../core/plan/parse";
import { planSummary } from "../core/plan/summary-text";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

function show(text: string): void {
  const message = byId<HTMLParagraphElement>("message");
  message.textContent = "";
  const plan = parsePlan(text);
  byId<HTMLPreElement>("summary").textContent = planSummary(plan, "zh-CN");
  if (plan.tasks.length === 0) message.textContent = "未找到任何编号任务，请确认粘贴的是任务分工方案。";
  const link = byId<HTMLAnchorElement>("download");
  link.href = URL.createObjectURL(new Blob([JSON.stringify(plan, null, 2)], { type: "application/json" }));
  link.hidden = false;
}

function start(): void {
  byId<HTMLButtonElement>("parse").addEventListener("click", () => show(byId<HTMLTextAreaElement>("text").value));
  byId<HTMLInputElement>("file").addEventListener("change", async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("gb18030").decode(bytes);
    }
    byId<HTMLTextAreaElement>("text").value = text;
    show(text);
  });
}

declare const Office: { onReady?: (cb: () => void) => void } | undefined;
if (typeof Office !== "undefined" && Office?.onReady) Office.onReady(start);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
