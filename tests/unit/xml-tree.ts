import sax from 'sax';

// A document read by a real XML parser (sax, strict, namespace-aware), as a small tree for assertions:
// anything not well-formed, an undeclared prefix or an undefined entity throws. Shared by the unit and
// end-to-end tests of feeds and sitemaps.

export type XmlElement = {
  /** The qualified name as written (`dc:creator`); `uri` is its namespace. */
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, concatenated. */
  text: string;
};

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true, trim: false });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(node.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = { name: node.name, uri: node.uri, attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.oncdata = (text) => {
    stack.at(-1)!.text += text;
  };
  parser.write(xml).close();
  if (root.children.length !== 1) throw new Error(`expected one root element, found ${root.children.length}`);
  return root.children[0]!;
}

/** Children named `name` (qualified, as written). */
export const all = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

/** The one child named `name`; throws when there is none. */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>, expected one`);
  return found[0]!;
}

/** The trimmed text of the one child named `name`. */
export const textOf = (element: XmlElement, name: string) => one(element, name).text.trim();
