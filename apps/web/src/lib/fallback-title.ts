/**
 * index.html's `<title>` names the app before React runs. Each page then renders its own `<title>`,
 * which React hoists into `<head>` beside it, so the document had two. The fallback steps aside
 * while a page's title is there and comes back while none is (a page still loading).
 */
export function keepOneTitle(head: HTMLHeadElement): () => void {
  const fallback = head.querySelector('title');
  if (!fallback) return () => undefined;
  const sync = () => {
    const pageTitles = Array.from(head.querySelectorAll('title')).filter((t) => t !== fallback);
    if (pageTitles.length > 0 && fallback.isConnected) fallback.remove();
    else if (pageTitles.length === 0 && !fallback.isConnected) head.append(fallback);
  };
  // Observer callbacks run as microtasks, before the browser next draws or a reader reads.
  const observer = new MutationObserver(sync);
  observer.observe(head, { childList: true });
  sync();
  return () => observer.disconnect();
}
