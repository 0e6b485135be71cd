export const Users = [

    {
        "bundesland": "Brandenburg",
        "fachbereich___spezifikationen_website": [
            "Innere Medizin"
        ],
        "hs_object_id": "531275769",
        "id": 531275769,
        "land": "Deutschland",
        "positionen_website": [
            "Oberarzt"
        ],
        "seo_titel": "Oberarzt (m/w/d) für Innere Medizin - Rheumatologie | Cottbus",
        "stadt": "Cottbus",
        "stellenart": "Vollzeit",
        "verfuegbarkeit": "Yes"
    },
