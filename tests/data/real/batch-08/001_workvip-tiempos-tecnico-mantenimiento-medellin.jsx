import React from "react";
//import { Link } from 'react-router-dom';


function Trabaja() {
    return (
        <div className=" pt-5 mt-3">
            
            <div className="text-center">
                <div className="" style={{ backgroundColor: "#C9E1FF" }}>
                    <h1>Técnico mantenimiento - Sector alimentos</h1>
                    <h6>Tiempos SAS - Medellín, Antioquia</h6>
                </div>
                <div className="">
                    <h2><b>Descripción de la oferta</b> </h2>
                    <p><small>$ 1.800.000,00</small></p>
                    <p><small> (Mensual)</small></p>
                    <p><small>Contrato de Obra o labor</small></p>
                    <p>Si estas en búsqueda de estabilidad laboral, esta oportunidad es para ti .Importante empresa del sector alimentos requiere para su equipo de trabajo tecnólogo en automatización,
                        mecatrónica o electromecánica con capacitaciones de 5 de desempeñando funciones de mantenimiento preventivo, correctivo y predictivo.
                        Disponibilidad para laborar domingos y turnos rotativos.</p>

                    <p><b>Requerimientos</b></p>
                    <p>Educación mínima: Universidad / Carrera tecnológica</p>
                    <p>4 meses de capacitaciones </p>
                    <p>Disponibilidad de viajar: No</p>
                    <p>Disponibilidad de cambio de residencia: No</p>
                </div>
                <button type="button" class="btn btn-primary" data-toggle="button" aria-pressed="false" autocomplete="off">
                    Aplicar empleo
                </button>

            </div>


        </div>


    );


}
export default Trabaja;