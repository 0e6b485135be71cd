const trueflag_principal_nlp_engineer = {
    "ocupación": "Principal NLP Engineer",
    "palabras clave": "LLMs, Tranformers",
    "contrato": "Tiempo Completo",
    "entidad": "Trueflag",
    "nº trabajadores/as": "10 - 49",
    "localización": "Remoto desde España",
    "fecha publicación (fecha límite)": "2025/03/10 (2025/05/05)",
    "más": "https://www.linkedin.com/jobs/view/4181079020"
}