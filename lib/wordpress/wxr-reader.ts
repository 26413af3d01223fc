import fs from 'node:fs';
import sax from 'sax';

// A WordPress export (WXR 1.0–1.2), read as a stream of records with sax in strict mode: the
// channel's authors, categories and tags, then one <item> at a time. Memory stays bounded by the
// largest single item. An XML error inside an item marks that item (with its line) and reading goes
// on; a file that is not XML, or not a WordPress export, is refused before anything is read.

export type WxrChannel = { wxrVersion: string; baseSiteUrl: string; baseBlogUrl: string; title: string };
export type WxrAuthor = { id: number; login: string; email: string; displayName: string };
export type WxrCategory = { id: number; nicename: string; parent: string; name: string; description: string };
export type WxrTag = { id: number; slug: string; name: string };
export type WxrTerm = { domain: string; nicename: string; name: string };

export type WxrComment = {
  id: number | null;
  author: string;
  email: string;
  url: string;
  ip: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
  parent: number;
  userId: number;
  meta: Record<string, string>;
};

export type WxrItem = {
  title: string;
  link: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: number | null;
  postDate: string;
  postDateGmt: string;
  postModifiedGmt: string;
  commentStatus: string;
  postName: string;
  status: string;
  postParent: number;
  postType: string;
  postPassword: string;
  isSticky: boolean;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: { key: string; value: string }[];
  comments: WxrComment[];
  /** 1-based lines where the item starts and ends. */
  line: number;
  endLine: number;
  /** XML errors the parser reported inside this item: the item must not be imported. */
  errors: string[];
};

export type WxrRecord =
  | { kind: 'channel'; channel: WxrChannel }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; category: WxrCategory }
  | { kind: 'tag'; tag: WxrTag }
  | { kind: 'item'; item: WxrItem }
  /** An XML error outside any item (the file goes on), or the file ending early. */
  | { kind: 'error'; line: number; message: string };

/** The upload or file is not XML at all (an image, a zip, a text file). */
export class NotXmlError extends Error {}
/** So many XML errors that the rest of the file cannot be trusted: reading stops (the line is named). */
export class WxrFatalError extends Error {}
/** XML, but not a WordPress export (an HTML page, another feed). */
export class NotWxrError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MAX_FIELD_CHARS = 64 * 1024 * 1024;
const MAX_ERRORS = 10_000;

const int = (value: string): number | null => (/^\s*\d+\s*$/.test(value) ? Number(value) : null);

function emptyItem(line: number): WxrItem {
  return {
    title: '',
    link: '',
    creator: '',
    guid: '',
    content: '',
    excerpt: '',
    postId: null,
    postDate: '',
    postDateGmt: '',
    postModifiedGmt: '',
    commentStatus: '',
    postName: '',
    status: '',
    postParent: 0,
    postType: '',
    postPassword: '',
    isSticky: false,
    attachmentUrl: '',
    terms: [],
    meta: [],
    comments: [],
    line,
    endLine: line,
    errors: [],
  };
}

function emptyComment(): WxrComment {
  return { id: null, author: '', email: '', url: '', ip: '', date: '', dateGmt: '', content: '', approved: '', type: '', parent: 0, userId: 0, meta: {} };
}

function setItemField(item: WxrItem, name: string, value: string): void {
  switch (name) {
    case 'title': item.title = value; break;
    case 'link': item.link = value.trim(); break;
    case 'dc:creator': item.creator = value.trim(); break;
    case 'guid': item.guid = value.trim(); break;
    case 'content:encoded': item.content = value; break;
    case 'excerpt:encoded': item.excerpt = value; break;
    case 'wp:post_id': item.postId = int(value); break;
    case 'wp:post_date': item.postDate = value.trim(); break;
    case 'wp:post_date_gmt': item.postDateGmt = value.trim(); break;
    case 'wp:post_modified_gmt': item.postModifiedGmt = value.trim(); break;
    case 'wp:comment_status': item.commentStatus = value.trim(); break;
    case 'wp:post_name': item.postName = value.trim(); break;
    case 'wp:status': item.status = value.trim(); break;
    case 'wp:post_parent': item.postParent = int(value) ?? 0; break;
    case 'wp:post_type': item.postType = value.trim(); break;
    case 'wp:post_password': item.postPassword = value; break;
    case 'wp:is_sticky': item.isSticky = value.trim() === '1'; break;
    case 'wp:attachment_url': item.attachmentUrl = value.trim(); break;
  }
}

function setCommentField(comment: WxrComment, name: string, value: string): void {
  switch (name) {
    case 'wp:comment_id': comment.id = int(value); break;
    case 'wp:comment_author': comment.author = value; break;
    case 'wp:comment_author_email': comment.email = value.trim(); break;
    case 'wp:comment_author_url': comment.url = value.trim(); break;
    case 'wp:comment_author_IP': comment.ip = value.trim(); break;
    case 'wp:comment_date': comment.date = value.trim(); break;
    case 'wp:comment_date_gmt': comment.dateGmt = value.trim(); break;
    case 'wp:comment_content': comment.content = value; break;
    case 'wp:comment_approved': comment.approved = value.trim(); break;
    case 'wp:comment_type': comment.type = value.trim(); break;
    case 'wp:comment_parent': comment.parent = int(value) ?? 0; break;
    case 'wp:comment_user_id': comment.userId = int(value) ?? 0; break;
  }
}

/**
 * A push parser: write() text chunks, take() the records they completed. Kept separate from the
 * file reading so the tests can feed it chunks of any size.
 */
export function createWxrParser() {
  const parser = sax.parser(true, { position: true });
  const records: WxrRecord[] = [];
  const stack: string[] = [];
  let text = '';
  let textTooLong = false;
  let started = false;
  let sniffed = false;
  let channel: WxrChannel | null = null;
  let channelEmitted = false;
  let author: Partial<WxrAuthor> | null = null;
  let category: WxrCategory | null = null;
  let tag: WxrTag | null = null;
  let item: WxrItem | null = null;
  let comment: WxrComment | null = null;
  let meta: { key: string; value: string } | null = null;
  let termAttrs: { domain: string; nicename: string } | null = null;
  let fatal: Error | null = null;
  let errorCount = 0;
  let rootClosed = false;

  let endLine: number | null = null;
  const line = () => endLine ?? parser.line + 1;

  function emitChannel(): void {
    if (channelEmitted) return;
    channelEmitted = true;
    if (!channel?.wxrVersion) {
      fatal ??= new NotWxrError(`The file has no <wp:wxr_version> before line ${line()}: it is not a WordPress export (WXR).`, line());
      return;
    }
    records.push({ kind: 'channel', channel });
  }

  parser.onerror = (error) => {
    const message = `XML error at line ${line()}: ${error.message.split('\n')[0]}`;
    errorCount++;
    if (!started) fatal ??= new NotXmlError(message);
    else if (item) {
      if (item.errors.length < 5) item.errors.push(message);
    } else if (errorCount <= 20) records.push({ kind: 'error', line: line(), message });
    if (errorCount > MAX_ERRORS) fatal ??= new WxrFatalError(`Too many XML errors (more than ${MAX_ERRORS}); stopped at line ${line()}.`);
    parser.resume();
  };

  parser.onopentag = (node) => {
    const name = node.name;
    const attributes = node.attributes as Record<string, string>;
    if (!started) {
      started = true;
      if (name !== 'rss') fatal ??= new NotWxrError(`The file's root element is <${name}>, not <rss>: it is not a WordPress export (WXR).`, line());
    }
    stack.push(name);
    text = '';
    textTooLong = false;
    const parent = stack[stack.length - 2];
    if (name === 'channel' && parent === 'rss') channel = { wxrVersion: '', baseSiteUrl: '', baseBlogUrl: '', title: '' };
    else if (parent === 'channel' && name === 'wp:author') author = {};
    else if (parent === 'channel' && name === 'wp:category') category = { id: 0, nicename: '', parent: '', name: '', description: '' };
    else if (parent === 'channel' && name === 'wp:tag') tag = { id: 0, slug: '', name: '' };
    else if (parent === 'channel' && name === 'item') {
      emitChannel();
      item = emptyItem(line());
    } else if (item && parent === 'item' && name === 'wp:comment') comment = emptyComment();
    else if (item && (name === 'wp:postmeta' || name === 'wp:commentmeta')) meta = { key: '', value: '' };
    else if (item && parent === 'item' && name === 'category') {
      termAttrs = { domain: attributes.domain ?? '', nicename: attributes.nicename ?? '' };
    }
  };

  const append = (chunk: string) => {
    if (textTooLong) return;
    if (text.length + chunk.length > MAX_FIELD_CHARS) {
      textTooLong = true;
      text = '';
      if (item) item.errors.push(`A field longer than ${MAX_FIELD_CHARS} characters at line ${line()}.`);
      return;
    }
    text += chunk;
  };
  parser.ontext = append;
  parser.oncdata = append;

  parser.onclosetag = (name) => {
    const parent = stack[stack.length - 2];
    const value = text;
    stack.pop();
    text = '';
    if (name === 'rss' && stack.length === 0) rootClosed = true;
    if (parent === 'channel' && channel && !item) {
      if (name === 'wp:wxr_version') channel.wxrVersion = value.trim();
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = value.trim();
      else if (name === 'wp:base_blog_url') channel.baseBlogUrl = value.trim();
      else if (name === 'title') channel.title = value.trim();
    }
    if (name === 'channel') emitChannel();
    if (author && parent === 'wp:author') {
      if (name === 'wp:author_id') author.id = int(value) ?? 0;
      else if (name === 'wp:author_login') author.login = value.trim();
      else if (name === 'wp:author_email') author.email = value.trim();
      else if (name === 'wp:author_display_name') author.displayName = value.trim();
      return;
    }
    if (category && parent === 'wp:category') {
      if (name === 'wp:term_id') category.id = int(value) ?? 0;
      else if (name === 'wp:category_nicename') category.nicename = value.trim();
      else if (name === 'wp:category_parent') category.parent = value.trim();
      else if (name === 'wp:cat_name') category.name = value.trim();
      else if (name === 'wp:category_description') category.description = value.trim();
      return;
    }
    if (tag && parent === 'wp:tag') {
      if (name === 'wp:term_id') tag.id = int(value) ?? 0;
      else if (name === 'wp:tag_slug') tag.slug = value.trim();
      else if (name === 'wp:tag_name') tag.name = value.trim();
      return;
    }
    if (name === 'wp:author' && author) {
      records.push({ kind: 'author', author: { id: author.id ?? 0, login: author.login ?? '', email: author.email ?? '', displayName: author.displayName ?? '' } });
      author = null;
    } else if (name === 'wp:category' && category) {
      records.push({ kind: 'category', category });
      category = null;
    } else if (name === 'wp:tag' && tag) {
      records.push({ kind: 'tag', tag });
      tag = null;
    } else if (meta && (parent === 'wp:postmeta' || parent === 'wp:commentmeta')) {
      if (name === 'wp:meta_key') meta.key = value.trim();
      else if (name === 'wp:meta_value') meta.value = value;
    } else if (name === 'wp:postmeta' && item && meta) {
      item.meta.push(meta);
      meta = null;
    } else if (name === 'wp:commentmeta' && comment && meta) {
      comment.meta[meta.key] = meta.value;
      meta = null;
    } else if (comment && parent === 'wp:comment') {
      setCommentField(comment, name, value);
    } else if (name === 'wp:comment' && item && comment) {
      item.comments.push(comment);
      comment = null;
    } else if (item && parent === 'item') {
      if (name === 'category' && termAttrs) {
        item.terms.push({ ...termAttrs, name: value.trim() });
        termAttrs = null;
      } else setItemField(item, name, value);
    } else if (name === 'item' && item) {
      item.endLine = line();
      records.push({ kind: 'item', item });
      item = null;
    }
  };

  return {
    write(chunk: string): void {
      if (fatal) throw fatal;
      if (!sniffed) {
        const head = chunk.replace(/^\uFEFF/, '').trimStart();
        sniffed = head.length > 0;
        if (sniffed && !head.startsWith('<')) throw (fatal = new NotXmlError('The file is not XML: it does not start with "<".'));
      }
      parser.write(chunk);
      if (fatal) throw fatal;
    },
    end(): void {
      if (fatal) throw fatal;
      // Closing resets the parser's position: the messages below name the file's last line.
      const last = line();
      endLine = last;
      parser.close();
      if (fatal) throw fatal;
      if (!started) throw new NotXmlError('The file is empty.');
      if (item) {
        item.endLine = line();
        item.errors.unshift(`The file ends at line ${line()} inside this item (a cut download?).`);
        records.push({ kind: 'item', item });
        item = null;
      }
      if (!channelEmitted) emitChannel();
      if (fatal) throw fatal;
      if (!rootClosed) records.push({ kind: 'error', line: line(), message: `The file ends at line ${line()} before </rss>: it was cut short.` });
    },
    /** The records completed since the last call. */
    take(): WxrRecord[] {
      return records.splice(0, records.length);
    },
  };
}

export type WxrFileReader = {
  records: AsyncGenerator<WxrRecord>;
  bytesRead(): number;
  bytesTotal: number;
};

/** Streams a file through the parser: a UTF-8 decoder joins letters split across chunks. */
export function readWxrFile(file: string, options: { highWaterMark?: number } = {}): WxrFileReader {
  const bytesTotal = fs.statSync(file).size;
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: options.highWaterMark ?? 256 * 1024 });
  async function* records(): AsyncGenerator<WxrRecord> {
    const wxr = createWxrParser();
    try {
      for await (const chunk of stream) {
        wxr.write(chunk as string);
        yield* wxr.take();
      }
      wxr.end();
      yield* wxr.take();
    } finally {
      stream.destroy();
    }
  }
  return { records: records(), bytesRead: () => stream.bytesRead, bytesTotal };
}

/** The first bytes of an upload: is it XML at all, and does it look like a WordPress export? */
export function sniffWxr(head: string): 'wxr' | 'not-xml' | 'not-wxr' {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('<')) return 'not-xml';
  return /<rss[\s>]/.test(start) && /wordpress\.org\/export\//.test(start) ? 'wxr' : 'not-wxr';
}
