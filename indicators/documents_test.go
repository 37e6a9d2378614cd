package indicators_test

import "testing"

// TestDocumentFlowIsIncomingAndOutgoing: the report's document flow is incoming and
// outgoing correspondence and appeals; an internal letter or appeal is not in it.
func TestDocumentFlowIsIncomingAndOutgoing(t *testing.T) {
	db := mustWarehouse(t, map[string]any{"sed_2023-03.csv": "Реєстраційний номер;Дата реєстрації;Напрям;Вид документа;Канал надходження;Тема;Кореспондент;Короткий зміст\n" +
		"В-1;01.03.2023;вхідний;лист;;;Міністерство;запит\n" +
		"В-2;02.03.2023;вхідний;звернення;ЦНАП;;громадянин;про допомогу\n" +
		"Х-1;03.03.2023;вихідний;лист;;;Міністерство;відповідь\n" +
		"Х-2;04.03.2023;вихідний;звернення;;;громадянин;відповідь\n" +
		"Н-1;05.03.2023;внутрішній;лист;;;відділ кадрів;службова записка\n" +
		"Н-2;06.03.2023;внутрішній;звернення;;;відділ;передано за належністю\n" +
		"Н-3;07.03.2023;внутрішній;договір;;;;погодження\n"})
	checkAll(t, db, []expect{
		{"2023-03", "doc_flow.total", 4},
		{"2023-03", "doc_flow.incoming_letters", 1},
		{"2023-03", "doc_flow.outgoing_letters", 1},
		{"2023-03", "doc_flow.incoming_appeals", 1},
		{"2023-03", "doc_flow.outgoing_appeals", 1},
		{"2023-03", "legal.contracts_reviewed", 1},
	})
}
