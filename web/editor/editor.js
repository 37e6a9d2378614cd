// The console's editor: CodeMirror 6 with SQL highlighting and completion of the
// tables and columns the schema endpoint lists for the token's role. Built into
// web/assets/sql-editor.js (npm run build), which defines window.SQLEditor.
import { basicSetup, EditorView } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Compartment, Prec } from '@codemirror/state';
import { sql, PostgreSQL } from '@codemirror/lang-sql';

// schemaOf turns the schema endpoint's relations into lang-sql's completion schema:
// table name → its columns, each with its type and description shown beside it.
function schemaOf(relations) {
  const schema = {};
  for (const r of relations) {
    schema[r.name] = r.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type, info: c.description || undefined }));
  }
  return schema;
}

function create(parent, doc, onRun) {
  const language = new Compartment();
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
      basicSetup,
      language.of(sql({ dialect: PostgreSQL, upperCaseKeywords: true })),
      EditorView.lineWrapping,
    ],
  });
  return {
    value: () => view.state.doc.toString(),
    setValue: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    setSchema: (relations) => view.dispatch({
      effects: language.reconfigure(sql({ dialect: PostgreSQL, upperCaseKeywords: true, schema: schemaOf(relations) })),
    }),
  };
}

window.SQLEditor = { create };
