import { useEffect, useRef, type ReactNode } from 'react';

/** One page: its title in the tab and an h1 that takes focus when the page changes, for screen readers. */
export function Page({ title, caption, children }: { title: string; caption?: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Safeguarding ledger`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
