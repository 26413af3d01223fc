type Props = { page: number; pageCount: number; pathFor: (page: number) => string };

/** `<link rel=prev/next>` of a page in a series; React moves them into the document's head. */
export function PageLinks({ page, pageCount, pathFor }: Props) {
  return (
    <>
      {page > 1 && <link rel="prev" href={pathFor(page - 1)} />}
      {page < pageCount && <link rel="next" href={pathFor(page + 1)} />}
    </>
  );
}
