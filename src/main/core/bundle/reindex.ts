/** Search-index entries for imported seizures and objects: the same the services write. */
export { indexObject as reindexObject } from '../objects/object-rules';
export { indexSeizure as reindexSeizure } from '../objects/seizures';
