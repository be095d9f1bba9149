import { previewPath } from './public-links.ts';

/**
 * The page as the public will see it, drawn by the server from the same data it would publish,
 * in a frame; the link opens it full size in a new tab.
 */
export function PreviewFrame({
  slug,
  choice,
  periodLabel,
}: {
  slug: string;
  choice: { periodId: string; workforceUploadId: string | null };
  periodLabel: string;
}) {
  const src = previewPath(slug, choice);
  return (
    <>
      <p>
        <a href={src} target="_blank" rel="noopener">
          Open the preview in a new tab
        </a>
      </p>
      <iframe
        className="bt-preview-frame"
        src={src}
        title={`Preview of the public progress page for ${periodLabel}`}
      />
    </>
  );
}
