DROP INDEX search_documents_facts;
